package cn.laowu.core.region;

/**
 * What a staff member may see and change: their region and everything below it, as a path
 * prefix that every scoped query applies in SQL. There is no "everything" scope, and a missing
 * or malformed one is refused: deny by default.
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

    /** The code of the region the scope is rooted at. */
    public String rootCode() {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public static class ScopeMissing extends SecurityException {
        public ScopeMissing() {
            super("No region scope: access denied");
        }
    }
}
