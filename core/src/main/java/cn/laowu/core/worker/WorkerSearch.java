package cn.laowu.core.worker;

/**
 * What a clerk looks for in the archive. All optional.
 *
 * @param text       a name (prefix), or a full ID number (found through its keyed hash)
 * @param regionCode only workers of this region and below (must lie inside the caller's scope)
 * @param staleOnly  only cards not re-confirmed for over a year (一年一更新)
 */
public record WorkerSearch(String text, String regionCode, Boolean povertyRegistered, boolean staleOnly) {

    public static WorkerSearch all() {
        return new WorkerSearch(null, null, null, false);
    }
}
