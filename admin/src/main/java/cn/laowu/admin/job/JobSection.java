package cn.laowu.admin.job;

import cn.laowu.admin.security.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.admin.security.Permission.MANAGE_JOBS;
import static cn.laowu.admin.security.Permission.VIEW_JOBS;

/** 岗位与报名: employers, jobs, their applicants and 集中输送 batches. */
@Configuration(proxyBeanMethods = false)
class JobSection {

    @Bean
    ConsoleSection jobsConsoleSection() {
        return ConsoleSection.at(30)
                .nav("/console/jobs", "岗位与报名", VIEW_JOBS)
                .allowPost(MANAGE_JOBS, "/console/employers/**", "/console/jobs/**", "/console/batches/**")
                .allow(MANAGE_JOBS, "/console/jobs/new", "/console/jobs/*/edit", "/console/jobs/*/applications/*/appointment")
                .allow(VIEW_JOBS, "/console/employers/**", "/console/jobs/**", "/console/batches/**");
    }
}
