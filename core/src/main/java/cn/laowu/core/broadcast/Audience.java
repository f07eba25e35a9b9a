package cn.laowu.core.broadcast;

import java.util.List;

/**
 * Whom a broadcast reaches: followers in a region subtree (registered workers by their home
 * region; unregistered followers only of the accounts the office serves), optionally only
 * 建档立卡, optionally only those whose wishes fit the jobs. Always excluded: unsubscribed
 * followers, workers who applied to the jobs already, and anyone over the weekly cap.
 *
 * @param appids the accounts whose unregistered followers may be included (empty: none)
 * @param narrowing another feature's narrower rule, "kind:id" ({@link AudienceNarrowing}), or null
 */
record Audience(String regionPath, Registered registered, boolean povertyOnly, boolean matchWishes,
                List<Long> jobIds, List<String> appids, String narrowing) {

    Audience(String regionPath, Registered registered, boolean povertyOnly, boolean matchWishes, List<Long> jobIds,
             List<String> appids) {
        this(regionPath, registered, povertyOnly, matchWishes, jobIds, appids, null);
    }
}
