package cn.laowu.devkit.fakewechat;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WeChat errors a test asks for: the next N calls to a path, every call to a path for one
 * openid, or a seeded random share of a path's calls.
 */
final class FailureInjection {

    private record RandomFailure(int errcode, double fraction) {
    }

    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> openidFailures = new ConcurrentHashMap<>();
    private final Map<String, RandomFailure> randomFailures = new ConcurrentHashMap<>();
    private Random random = new Random(11);

    void failNext(String pathSuffix, int errcode, int times) {
        failures.put(pathSuffix + "#" + errcode, times);
    }

    void failFor(String openid, String pathSuffix, int errcode) {
        openidFailures.computeIfAbsent(openid, k -> new ConcurrentHashMap<>()).put(pathSuffix, errcode);
    }

    void failRandomly(String pathSuffix, int errcode, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
        randomFailures.put(pathSuffix, new RandomFailure(errcode, fraction));
    }

    synchronized void randomSeed(long seed) {
        random = new Random(seed);
    }

    void clear() {
        failures.clear();
        openidFailures.clear();
        randomFailures.clear();
    }

    void clearFor(String openid) {
        openidFailures.remove(openid);
    }

    /** The failure this call gets, if any; a mass send is never failed by one follower (see {@link #forOpenid}). */
    Optional<Answer> injected(String path, String body) {
        for (String key : failures.keySet()) {
            int hash = key.lastIndexOf('#');
            if (path.endsWith(key.substring(0, hash))) {
                // Decrement atomically so concurrent callers never take more failures than were asked for.
                boolean[] taken = new boolean[1];
                failures.computeIfPresent(key, (k, left) -> {
                    taken[0] = left > 0;
                    return left > 1 ? left - 1 : null;
                });
                if (taken[0]) {
                    return Optional.of(Answer.failure(Integer.parseInt(key.substring(hash + 1)), "injected failure"));
                }
            }
        }
        if (!path.contains("/message/mass/")) {
            String openid = Json.field(body, "touser");
            Optional<Integer> perOpenid = openid == null ? Optional.empty() : forOpenid(openid, path);
            if (perOpenid.isPresent()) {
                return Optional.of(Answer.failure(perOpenid.get(), "injected failure for this openid"));
            }
        }
        for (Map.Entry<String, RandomFailure> entry : randomFailures.entrySet()) {
            if (path.endsWith(entry.getKey()) && draw() < entry.getValue().fraction()) {
                return Optional.of(Answer.failure(entry.getValue().errcode(), "injected random failure"));
            }
        }
        return Optional.empty();
    }

    /** The error configured for this openid on this path; a mass send filters such openids out silently. */
    Optional<Integer> forOpenid(String openid, String path) {
        Map<String, Integer> byPath = openidFailures.get(openid);
        if (byPath == null) {
            return Optional.empty();
        }
        return byPath.entrySet().stream().filter(entry -> path.endsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private synchronized double draw() {
        return random.nextDouble();
    }
}
