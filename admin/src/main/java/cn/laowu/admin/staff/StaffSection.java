package cn.laowu.admin.staff;

import cn.laowu.admin.security.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.admin.security.Permission.MANAGE_STAFF;

/** 账号管理 and 区划管理: the office's own accounts and regions. */
@Configuration(proxyBeanMethods = false)
class StaffSection {

    @Bean
    ConsoleSection staffConsoleSection() {
        return ConsoleSection.at(80)
                .nav("/console/staff", "账号管理", MANAGE_STAFF)
                .nav("/console/regions", "区划管理", MANAGE_STAFF)
                .allow(MANAGE_STAFF, "/console/staff/**", "/console/regions/**");
    }
}
