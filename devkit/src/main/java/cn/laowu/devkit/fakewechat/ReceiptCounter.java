package cn.laowu.devkit.fakewechat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages each openid received, cheap enough for a million distinct openids (about
 * 25 MB): each openid is kept as a 64-bit hash in striped open-addressing tables of primitives
 * instead of a String-keyed map (about 130 MB). Two openids sharing a hash among a million is a
 * one-in-ten-million chance, fine for a test double. The openids counted more than once are
 * also kept by name, because those are the ones a failing test wants to print.
 */
final class ReceiptCounter {

    private static final int STRIPES = 64;
    private static final int MAX_NAMED_REPEATS = 1_000;

    private final Stripe[] stripes = new Stripe[STRIPES];
    private final Set<String> repeated = ConcurrentHashMap.newKeySet();

    ReceiptCounter() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    void add(String openid) {
        long key = hash(openid);
        int count = stripes[(int) (key >>> 58)].increment(key);
        if (count == 2 && repeated.size() < MAX_NAMED_REPEATS) {
            repeated.add(openid);
        }
    }

    int get(String openid) {
        long key = hash(openid);
        return stripes[(int) (key >>> 58)].get(key);
    }

    long distinct() {
        long total = 0;
        for (Stripe stripe : stripes) {
            total += stripe.size();
        }
        return total;
    }

    long receivedMoreThanOnce() {
        long total = 0;
        for (Stripe stripe : stripes) {
            total += stripe.above(1);
        }
        return total;
    }

    Set<String> repeatedOpenids() {
        return Set.copyOf(repeated);
    }

    /** FNV-1a then a 64-bit finaliser, so the top bits (the stripe) are well mixed. Never 0 (the empty slot). */
    static long hash(String openid) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < openid.length(); i++) {
            h ^= openid.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static final class Stripe {
        private long[] keys = new long[256];
        private int[] counts = new int[256];
        private int size;

        synchronized int increment(long key) {
            int slot = find(keys, key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
                if (size * 2 > keys.length) {
                    grow();
                    slot = find(keys, key);
                }
            }
            return ++counts[slot];
        }

        synchronized int get(long key) {
            int slot = find(keys, key);
            return keys[slot] == 0 ? 0 : counts[slot];
        }

        synchronized int size() {
            return size;
        }

        synchronized long above(int limit) {
            long total = 0;
            for (int count : counts) {
                if (count > limit) {
                    total++;
                }
            }
            return total;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = find(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int find(long[] keys, long key) {
            int mask = keys.length - 1;
            int slot = (int) key & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
