package cn.laowu.admin.broadcast;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;

/** 推送通知: job notices and announcements to the region's workers. */
@Configuration(proxyBeanMethods = false)
public class BroadcastSection {

    public static final Permission VIEW_BROADCASTS = Permission.of("VIEW_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    /** Compose, send, schedule and cancel; a township reaches only its own people. */
    public static final Permission SEND_BROADCASTS = Permission.of("SEND_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);
    /** Let a broadcast above the approval size go out (another admin than its author). */
    public static final Permission APPROVE_BROADCASTS = Permission.of("APPROVE_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN);

    @Bean
    ConsoleSection broadcastsConsoleSection() {
        return ConsoleSection.at(35)
                .nav("/console/broadcasts", "推送通知", VIEW_BROADCASTS)
                .allowPost(APPROVE_BROADCASTS, "/console/broadcasts/*/approve")
                .allowPost(SEND_BROADCASTS, "/console/broadcasts/**")
                .allow(SEND_BROADCASTS, "/console/broadcasts/new")
                .allow(VIEW_BROADCASTS, "/console/broadcasts/**");
    }
}
