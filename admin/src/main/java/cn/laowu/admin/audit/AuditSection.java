package cn.laowu.admin.audit;

import cn.laowu.admin.security.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.admin.security.Permission.VIEW_AUDIT;

/** 操作日志. */
@Configuration(proxyBeanMethods = false)
class AuditSection {

    @Bean
    ConsoleSection auditConsoleSection() {
        return ConsoleSection.at(90)
                .nav("/console/audit", "操作日志", VIEW_AUDIT)
                .allow(VIEW_AUDIT, "/console/audit/**");
    }
}
