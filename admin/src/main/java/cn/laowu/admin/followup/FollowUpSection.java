package cn.laowu.admin.followup;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;
import static cn.laowu.core.staff.StaffRole.VILLAGE_CLERK;

/** 跟踪回访: the queue of placed workers to follow up. */
@Configuration(proxyBeanMethods = false)
public class FollowUpSection {

    /** The queue: read only. */
    public static final Permission VIEW_FOLLOW_UPS = Permission.of("VIEW_FOLLOW_UPS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK, LEADER_READONLY);
    /** Record what a placed worker said on the phone; village clerks know their people best. */
    public static final Permission RECORD_FOLLOW_UPS = Permission.of("RECORD_FOLLOW_UPS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK);

    @Bean
    ConsoleSection followUpsConsoleSection() {
        return ConsoleSection.at(40)
                .nav("/console/follow-ups", "跟踪回访", VIEW_FOLLOW_UPS)
                .allowPost(RECORD_FOLLOW_UPS, "/console/follow-ups/**")
                .allow(VIEW_FOLLOW_UPS, "/console/follow-ups/**");
    }
}
