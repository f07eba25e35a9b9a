package cn.laowu.core.region;

import com.baomidou.mybatisplus.core.conditions.AbstractLambdaWrapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;

/**
 * What a staff member may see and change: their region and everything below it, as a path
 * prefix that every scoped query applies in SQL. There is no "everything" scope, and a missing
 * or malformed one is refused: deny by default.
 *
 * <p>Every scoped query builds its predicate here, so the prefix is matched the same way (and its
 * LIKE wildcards escaped) everywhere: {@link #applyTo} for MyBatis-Plus wrappers,
 * {@link #likeSql} with {@link #likePattern()} for JdbcTemplate SQL.
 */
public record RegionScope(String path) {

    public RegionScope {
        if (path == null || !path.matches("(/\\d{6,12})+/")) {
            throw new ScopeMissing();
        }
    }

    public static RegionScope of(Region region) {
        return new RegionScope(region.getPath());
    }

    public boolean covers(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    public boolean covers(Region region) {
        return region != null && covers(region.getPath());
    }

    /** This scope covers the path, or lies within it: a rule set there applies here. */
    public boolean coversOrIsWithin(String otherPath) {
        return otherPath != null && (otherPath.startsWith(path) || path.startsWith(otherPath));
    }

    /** The code of the region the scope is rooted at. */
    public String rootCode() {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** How many levels down the root sits: 1 for a province, 2 for a prefecture, 3 for a county. */
    public int depth() {
        return path.split("/").length - 1;
    }

    /** The LIKE parameter matching this region and everything below it. */
    public String likePattern() {
        return below(path);
    }

    /** {@code column LIKE ?}: the JdbcTemplate fragment to bind {@link #likePattern()} to. */
    public static String likeSql(String column) {
        return column + " LIKE ?";
    }

    /**
     * The LIKE parameter matching {@code prefix} and everything below it, for a path that is not
     * a staff member's scope (a report's region, a course's prefecture, an outpost's division).
     */
    public static String below(String prefix) {
        return escapeLike(prefix) + "%";
    }

    /** Limits a MyBatis-Plus wrapper to rows whose {@code column} lies in this scope. */
    public <T, W extends AbstractLambdaWrapper<T, W>> W applyTo(W wrapper, SFunction<T, ?> column) {
        return wrapper.likeRight(column, escapeLike(path));
    }

    /** LIKE's wildcards taken literally (MariaDB's default escape character is the backslash). */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static class ScopeMissing extends SecurityException {
        public ScopeMissing() {
            super("No region scope: access denied");
        }
    }
}
