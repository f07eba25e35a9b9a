package cn.laowu.admin.worker;

import cn.laowu.admin.security.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.admin.security.Permission.EDIT_WORKERS;
import static cn.laowu.admin.security.Permission.EXPORT_FULL;
import static cn.laowu.admin.security.Permission.VIEW_WORKERS;

/** 劳动力台账: everyone but the training institutions reads it; the leader only reads. */
@Configuration(proxyBeanMethods = false)
class WorkerSection {

    @Bean
    ConsoleSection workersConsoleSection() {
        return ConsoleSection.at(20)
                .nav("/console/workers", "劳动力台账", VIEW_WORKERS)
                .allow(EXPORT_FULL, "/console/workers/export/full")
                .allowPost(EDIT_WORKERS, "/console/workers/**")
                .allow(EDIT_WORKERS, "/console/workers/new", "/console/workers/import/**")
                .allow(VIEW_WORKERS, "/console/workers/**");
    }
}
