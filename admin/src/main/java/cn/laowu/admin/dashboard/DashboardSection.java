package cn.laowu.admin.dashboard;

import cn.laowu.admin.security.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作台: every signed-in account has one. */
@Configuration(proxyBeanMethods = false)
class DashboardSection {

    @Bean
    ConsoleSection dashboardConsoleSection() {
        return ConsoleSection.at(0).nav("/console", "工作台", null);
    }
}
