package cn.laowu.admin.broadcast;

import cn.laowu.admin.layout.NavCount;
import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;
import static cn.laowu.core.staff.StaffRole.VILLAGE_CLERK;

/** 推送通知: job notices and announcements to the region's workers. */
@Configuration(proxyBeanMethods = false)
public class BroadcastSection {

    public static final Permission VIEW_BROADCASTS = Permission.of("VIEW_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK, LEADER_READONLY);
    /**
     * Compose, send, schedule and cancel; a township reaches only its own people; a village (004 第四条,
     * 用工信息的发送) only job notices of vetted jobs to its own people, held for its township's approval.
     */
    public static final Permission SEND_BROADCASTS = Permission.of("SEND_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK);
    /**
     * Let a waiting broadcast go out (another than its author): county and 州 admins any in their
     * region; a township its villages' job notices ({@code BroadcastService.mayApprove}).
     */
    public static final Permission APPROVE_BROADCASTS = Permission.of("APPROVE_BROADCASTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);

    /** The badge on 推送通知: broadcasts waiting for this approver. */
    @Bean
    NavCount broadcastsAwaitingApproval(BroadcastService broadcasts) {
        return new NavCount() {
            @Override
            public String href() {
                return "/console/broadcasts";
            }

            @Override
            public long count(StaffPrincipal me) {
                return me.can(APPROVE_BROADCASTS) ? broadcasts.awaitingApproval(me.scope(), me.getUsername()) : 0;
            }
        };
    }

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
