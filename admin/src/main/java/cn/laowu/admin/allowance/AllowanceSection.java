package cn.laowu.admin.allowance;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.FINANCE;
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
    /** The bank's ledger with full account numbers: the finance role (财务) alone, audited. */
    public static final Permission DOWNLOAD_LEDGER = Permission.of("DOWNLOAD_LEDGER", FINANCE);
    /** The list of payment batches: who makes them and who downloads their ledger. */
    public static final Permission VIEW_PAYMENTS = Permission.of("VIEW_PAYMENTS", PREFECTURE_ADMIN, COUNTY_ADMIN, FINANCE);
    /** 建档立卡名单: a county (or the 州) imports its own list. */
    public static final Permission IMPORT_POVERTY_LIST = Permission.of("IMPORT_POVERTY_LIST", PREFECTURE_ADMIN,
            COUNTY_ADMIN);
    /** Change a region's figures: amounts, caps, 公示 days, validity, and its training subsidy standards. */
    public static final Permission MANAGE_POLICIES = Permission.of("MANAGE_POLICIES", PREFECTURE_ADMIN, COUNTY_ADMIN);

    @Bean
    ConsoleSection allowancesConsoleSection() {
        return ConsoleSection.at(60)
                .nav("/console/allowances", "补贴审核", VIEW_ALLOWANCES)
                .nav("/console/allowances/payments", "发放台账", DOWNLOAD_LEDGER)
                .allow(DOWNLOAD_LEDGER, "/console/allowances/payments/*/ledger")
                .allowPost(PAY_ALLOWANCES, "/console/allowances/payments", "/console/allowances/payments/**")
                .allow(VIEW_PAYMENTS, "/console/allowances/payments")
                .allow(IMPORT_POVERTY_LIST, "/console/allowances/poverty-list", "/console/allowances/poverty-list/**")
                .allowPost(MANAGE_POLICIES, "/console/allowances/policies/**", "/console/allowances/standards",
                        "/console/allowances/standards/**")
                .allowPost(REVIEW_ALLOWANCES, "/console/allowances/**")
                .allow(VIEW_ALLOWANCES, "/console/allowances", "/console/allowances/**");
    }
}
