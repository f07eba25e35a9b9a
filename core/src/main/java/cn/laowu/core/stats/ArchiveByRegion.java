package cn.laowu.core.stats;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A registration point: the feature that keeps the archive (the workers) counts it by region for the
 * dashboard's table, from an aggregate it keeps by region and month; stats owns no table of its own.
 */
public interface ArchiveByRegion {

    /** Cards and cards last confirmed before {@code staleBefore}, for the two columns of a region's row. */
    record Counts(long cards, long stale) {
    }

    /**
     * Counts of the workers living at or below {@code pathPrefix}, keyed by the first
     * {@code prefixLength} characters of their home region's path (the region directly below).
     */
    Map<String, Counts> byPathPrefix(String pathPrefix, int prefixLength, LocalDateTime staleBefore);
}
