package cn.laowu.admin.complaint;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;

/** 投诉维权: the queue of cases, handling them, clearing employers, the working-day calendar. */
@Configuration(proxyBeanMethods = false)
public class ComplaintSection {

    public static final Permission VIEW_COMPLAINTS = Permission.of("VIEW_COMPLAINTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    public static final Permission HANDLE_COMPLAINTS = Permission.of("HANDLE_COMPLAINTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);
    /** Letting an employer under wage complaints publish jobs again: a county's decision. */
    public static final Permission CLEAR_EMPLOYERS = Permission.of("CLEAR_EMPLOYERS", PREFECTURE_ADMIN, COUNTY_ADMIN);
    /** The official holiday calendar (调休 included) is one for all: the 州 keeps it. */
    public static final Permission MANAGE_CALENDAR = Permission.of("MANAGE_CALENDAR", PREFECTURE_ADMIN);
    /** Time limits and routing of complaints: a 州's or a 县's own settings. */
    public static final Permission COMPLAINT_SETTINGS = Permission.of("COMPLAINT_SETTINGS", PREFECTURE_ADMIN, COUNTY_ADMIN);

    @Bean
    ConsoleSection complaintsConsoleSection() {
        return ConsoleSection.at(62)
                .nav("/console/complaints", "投诉维权", VIEW_COMPLAINTS)
                .nav("/console/complaints/inbox", "人工留言", VIEW_COMPLAINTS)
                .allow(COMPLAINT_SETTINGS, "/console/complaints/settings", "/console/complaints/settings/**")
                .allowPost(CLEAR_EMPLOYERS, "/console/complaints/employers/**")
                .allowPost(MANAGE_CALENDAR, "/console/complaints/calendar/**")
                .allowPost(HANDLE_COMPLAINTS, "/console/complaints/**")
                .allow(VIEW_COMPLAINTS, "/console/complaints/**");
    }
}
