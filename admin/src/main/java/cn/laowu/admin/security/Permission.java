package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffRole;

import java.util.EnumSet;
import java.util.Set;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;
import static cn.laowu.core.staff.StaffRole.VILLAGE_CLERK;

/** What each role may do in the console; the region scope then bounds where. */
public enum Permission {
    VIEW_WORKERS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK, LEADER_READONLY)),
    EDIT_WORKERS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK)),
    /** Unmasked ID numbers and phones in an export: audited. */
    EXPORT_FULL(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN)),
    MANAGE_STAFF(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN)),
    VIEW_AUDIT(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN)),
    /** Employers, jobs and their applicants: read only. */
    VIEW_JOBS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY)),
    /** Register and vet employers, create, publish and close jobs, move applicants through the pipeline. */
    MANAGE_JOBS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF)),
    /** Labour brokers, their bindings, QR codes and referrals: read only. */
    VIEW_BROKERS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY)),
    /** Register brokers, issue the one-time codes that bind their WeChat, disable and enable them. */
    MANAGE_BROKERS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF)),
    /** The 跟踪回访 queue of placed workers: read only. */
    VIEW_FOLLOW_UPS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK, LEADER_READONLY)),
    /** Record what a placed worker said on the phone; village clerks know their people best. */
    RECORD_FOLLOW_UPS(EnumSet.of(PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK));

    private final Set<StaffRole> roles;

    Permission(Set<StaffRole> roles) {
        this.roles = roles;
    }

    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** For Spring Security's hasAnyRole. */
    public String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }
}
