package cn.laowu.admin.broker;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;

/** 经纪人: labour brokers, their bindings, QR codes and referrals. */
@Configuration(proxyBeanMethods = false)
public class BrokerSection {

    public static final Permission VIEW_BROKERS = Permission.of("VIEW_BROKERS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    /** Register brokers, issue the one-time codes that bind their WeChat, disable and enable them. */
    public static final Permission MANAGE_BROKERS = Permission.of("MANAGE_BROKERS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);

    @Bean
    ConsoleSection brokersConsoleSection() {
        return ConsoleSection.at(50)
                .nav("/console/brokers", "经纪人", VIEW_BROKERS)
                .allowPost(MANAGE_BROKERS, "/console/brokers/**")
                .allow(VIEW_BROKERS, "/console/brokers/**");
    }
}
