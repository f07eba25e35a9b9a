package cn.laowu.core.staff;

/**
 * Staff accounts as other features join them in one statement (an outpost's members with their
 * names): aliased as the caller says, with username, display_name and enabled. Only this package names the table.
 */
public final class StaffSql {

    /** {@code JOIN staff_account <alias> ON <alias>.id = <idColumn>}. */
    public static String joinById(String alias, String idColumn) {
        return "JOIN staff_account " + alias + " ON " + alias + ".id = " + idColumn;
    }

    private StaffSql() {
    }
}
