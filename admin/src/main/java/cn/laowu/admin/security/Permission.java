package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffRole;

import java.util.EnumSet;
import java.util.Set;

import static cn.laowu.core.staff.StaffRole.COUNTY_ADMIN;
import static cn.laowu.core.staff.StaffRole.LEADER_READONLY;
import static cn.laowu.core.staff.StaffRole.PREFECTURE_ADMIN;
import static cn.laowu.core.staff.StaffRole.TOWNSHIP_STAFF;
import static cn.laowu.core.staff.StaffRole.VILLAGE_CLERK;

/**
 * What some roles may do in the console; the region scope then bounds where. The archive's and
 * the office's own permissions are here; a feature declares its own with {@link #of} in its
 * package, next to its {@link ConsoleSection}.
 */
public final class Permission {

    public static final Permission VIEW_WORKERS = of("VIEW_WORKERS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK, LEADER_READONLY);
    public static final Permission EDIT_WORKERS = of("EDIT_WORKERS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, VILLAGE_CLERK);
    /** Unmasked ID numbers and phones in an export: audited. */
    public static final Permission EXPORT_FULL = of("EXPORT_FULL", PREFECTURE_ADMIN, COUNTY_ADMIN);
    public static final Permission MANAGE_STAFF = of("MANAGE_STAFF", PREFECTURE_ADMIN, COUNTY_ADMIN);
    public static final Permission VIEW_AUDIT = of("VIEW_AUDIT", PREFECTURE_ADMIN, COUNTY_ADMIN);
    /** Employers, jobs and their applicants: read only. */
    public static final Permission VIEW_JOBS = of("VIEW_JOBS",
            PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF, LEADER_READONLY);
    /** Register and vet employers, create, publish and close jobs, move applicants through the pipeline. */
    public static final Permission MANAGE_JOBS = of("MANAGE_JOBS", PREFECTURE_ADMIN, COUNTY_ADMIN, TOWNSHIP_STAFF);

    private final String name;
    private final Set<StaffRole> roles;

    private Permission(String name, Set<StaffRole> roles) {
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    public static Permission of(String name, StaffRole first, StaffRole... more) {
        return new Permission(name, EnumSet.of(first, more));
    }

    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** For Spring Security's hasAnyRole. */
    public String[] roleNames() {
        return roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    @Override
    public String toString() {
        return name;
    }
}
