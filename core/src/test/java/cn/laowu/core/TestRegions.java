package cn.laowu.core;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;

import java.util.concurrent.atomic.AtomicInteger;

/** Builds a fresh 州 → 县 → 乡 → 村 chain per test, so tests sharing a database never collide. */
public final class TestRegions {

    private static final AtomicInteger next = new AtomicInteger(100 + (int) (Math.random() * 800));

    private TestRegions() {
    }

    public record Chain(Region prefecture, Region county, Region township, Region village) {
    }

    /** Three digits from a random start: the counter wraps and skips a number already taken. */
    private static int unusedPrefectureNumber(RegionService regions) {
        for (int tries = 0; tries < 900; tries++) {
            int n = 100 + Math.floorMod(next.getAndIncrement() - 100, 900);
            if (regions.find(String.format("9%03d00", n)).isEmpty()) {
                return n;
            }
        }
        throw new IllegalStateException("all 900 test 州 codes 9100 00–9999 00 are taken in this database");
    }

    public static Chain create(RegionService regions) {
        int n = unusedPrefectureNumber(regions);
        String prefecture = String.format("9%03d00", n);
        Region p = regions.create(prefecture, "测试州" + n, null, 0);
        Region c = regions.create(prefecture.substring(0, 4) + "01", "测试县" + n, p.getCode(), 0);
        Region t = regions.create(c.getCode() + "101", "测试镇" + n, c.getCode(), 0);
        Region v = regions.create(t.getCode() + "201", "测试村" + n, t.getCode(), 0);
        return new Chain(p, c, t, v);
    }
}
