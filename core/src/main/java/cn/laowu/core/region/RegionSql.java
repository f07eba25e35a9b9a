package cn.laowu.core.region;

/**
 * The region tree as other features join it in one statement: a row's region by its code, for the
 * region's name, path or level beside the feature's own columns (a list scoped by path, a reminder per
 * office) without a lookup per row. Only this package names the table.
 */
public final class RegionSql {

    /** {@code JOIN region <alias> ON <alias>.code = <codeColumn>}; the alias has code, name, path and level. */
    public static String joinByCode(String alias, String codeColumn) {
        return "JOIN region " + alias + " ON " + alias + ".code = " + codeColumn;
    }

    private RegionSql() {
    }
}
