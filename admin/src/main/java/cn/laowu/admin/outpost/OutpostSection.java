package cn.laowu.admin.outpost;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.OUTPOST_HEAD;
import static cn.laowu.core.staff.StaffRole.OUTPOST_STAFF;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;

/**
 * Two sections: 驻外机构 for the 州 and county offices that run outposts (their areas and staff),
 * and 驻外工作台 for the outposts' own staff, whose roles reach nothing else of the console.
 */
@Configuration
public class OutpostSection {

    public static final Permission VIEW_OUTPOSTS = Permission.of("VIEW_OUTPOSTS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, LEADER_READONLY);
    public static final Permission MANAGE_OUTPOSTS = Permission.of("MANAGE_OUTPOSTS", PREFECTURE_ADMIN, COUNTY_ADMIN);
    public static final Permission OUTPOST_DESK = Permission.of("OUTPOST_DESK", OUTPOST_HEAD, OUTPOST_STAFF);

    @Bean
    ConsoleSection outpostsConsoleSection() {
        return ConsoleSection.at(85)
                .nav("/console/outposts", "驻外机构", VIEW_OUTPOSTS)
                .allowPost(MANAGE_OUTPOSTS, "/console/outposts/**")
                .allow(VIEW_OUTPOSTS, "/console/outposts", "/console/outposts/**");
    }

    /** 劳务合作基地 and 会商: kept by the 州 and county offices, read by leaders. */
    @Bean
    ConsoleSection basesConsoleSection() {
        return ConsoleSection.at(87)
                .nav("/console/bases", "合作基地", VIEW_OUTPOSTS)
                .nav("/console/consultations", "会商", VIEW_OUTPOSTS)
                .allowPost(MANAGE_OUTPOSTS, "/console/bases", "/console/bases/**", "/console/consultations",
                        "/console/consultations/**")
                .allow(VIEW_OUTPOSTS, "/console/bases", "/console/bases/**", "/console/consultations",
                        "/console/consultations/**");
    }

    @Bean
    ConsoleSection outpostDeskConsoleSection() {
        return ConsoleSection.at(1)
                .nav("/console/outpost", "驻外工作台", OUTPOST_DESK)
                .allow(OUTPOST_DESK, "/console/outpost", "/console/outpost/**");
    }
}
