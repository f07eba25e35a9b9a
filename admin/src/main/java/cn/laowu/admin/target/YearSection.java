package cn.laowu.admin.target;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;

/** The county's year: 目标责任书, 调度, 统计报表, 年度考核. Leaders read everything and change nothing. */
@Configuration(proxyBeanMethods = false)
public class YearSection {

    public static final Permission VIEW_YEAR = Permission.of("VIEW_YEAR",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    /** Set the year's targets of the direct children (州 → 县, 县 → 乡镇). */
    public static final Permission SET_TARGETS = Permission.of("SET_TARGETS", PREFECTURE_ADMIN, COUNTY_ADMIN);
    /** 签订: confirm one's own 目标责任书. */
    public static final Permission CONFIRM_TARGETS = Permission.of("CONFIRM_TARGETS", COUNTY_ADMIN, TOWNSHIP_STAFF);
    /** Run and publish the yearly assessment, edit its scoring sheet (the 州; the service checks the level). */
    /** Word, add and retire the indicators of the catalogue (shared by the whole platform). */
    public static final Permission EDIT_INDICATORS = Permission.of("EDIT_INDICATORS", PREFECTURE_ADMIN);
    /** Full names in the drill-down to the records; leaders see them masked (ID numbers are masked for all). */
    public static final Permission SEE_RECORD_NAMES = Permission.of("SEE_RECORD_NAMES",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);
    public static final Permission RUN_ASSESSMENT = Permission.of("RUN_ASSESSMENT", PREFECTURE_ADMIN);

    @Bean
    ConsoleSection yearConsoleSection() {
        return ConsoleSection.at(86)
                .nav("/console/targets", "目标", VIEW_YEAR)
                .nav("/console/dispatch", "调度", VIEW_YEAR)
                .nav("/console/report", "报表", VIEW_YEAR)
                .nav("/console/assessment", "考核", VIEW_YEAR)
                .allowPost(CONFIRM_TARGETS, "/console/targets/confirm")
                .allowPost(SET_TARGETS, "/console/targets/**")
                .allowPost(RUN_ASSESSMENT, "/console/assessment/**")
                .allowPost(EDIT_INDICATORS, "/console/indicators", "/console/indicators/**")
                .allow(VIEW_YEAR, "/console/targets/**", "/console/dispatch/**", "/console/report/**",
                        "/console/report.xlsx", "/console/assessment/**", "/console/targets", "/console/dispatch",
                        "/console/report", "/console/assessment",
                        "/console/indicators");
    }
}
