package cn.laowu.admin.allowance;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;

/** 补贴: the review queue, 公示, the payment ledger and the policy catalogue. */
@Configuration(proxyBeanMethods = false)
public class AllowanceSection {

    public static final Permission VIEW_ALLOWANCES = Permission.of("VIEW_ALLOWANCES",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    /** 乡镇初审 and, for county and prefecture staff, 县审核 and objections (the service checks the level). */
    public static final Permission REVIEW_ALLOWANCES = Permission.of("REVIEW_ALLOWANCES",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);
    /** Payment batches, the bank's ledger, marking paid. */
    public static final Permission PAY_ALLOWANCES = Permission.of("PAY_ALLOWANCES", PREFECTURE_ADMIN, COUNTY_ADMIN);
    /** Change a region's figures: amounts, caps, 公示 days, validity, and its training subsidy standards. */
    public static final Permission MANAGE_POLICIES = Permission.of("MANAGE_POLICIES", PREFECTURE_ADMIN, COUNTY_ADMIN);

    @Bean
    ConsoleSection allowancesConsoleSection() {
        return ConsoleSection.at(60)
                .nav("/console/allowances", "补贴审核", VIEW_ALLOWANCES)
                .allow(PAY_ALLOWANCES, "/console/allowances/payments", "/console/allowances/payments/**")
                .allowPost(MANAGE_POLICIES, "/console/allowances/policies/**", "/console/allowances/standards",
                        "/console/allowances/standards/**")
                .allowPost(REVIEW_ALLOWANCES, "/console/allowances/**")
                .allow(VIEW_ALLOWANCES, "/console/allowances", "/console/allowances/**");
    }
}
