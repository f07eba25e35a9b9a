package cn.laowu.admin;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;

import cn.laowu.devkit.test.TestIdNumbers;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh 州 with one county and two townships (A, B), a village in each, a worker in each
 * village, and one account per role; unique per test class so tests never see each other's data.
 */
public final class ConsoleFixture {

    public static final String PASSWORD = "test1234";
    private static final AtomicInteger next = new AtomicInteger(100 + ThreadLocalRandom.current().nextInt(800));

    public final String tag;
    public final Region prefecture;
    public final Region county;
    public final Region townshipA;
    public final Region townshipB;
    public final Region villageA;
    public final Region villageB;
    public final Worker workerA;
    public final Worker workerB;

    public ConsoleFixture(RegionService regions, StaffService staff, WorkerService workers) {
        int n = unusedPrefectureNumber(regions);
        tag = "t" + n + "x" + ThreadLocalRandom.current().nextInt(1000);
        String p = String.format("8%03d00", n);
        prefecture = regions.create(p, "测试州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "测试县" + n, p, 0);
        townshipA = regions.create(county.getCode() + "101", "甲镇" + n, county.getCode(), 0);
        townshipB = regions.create(county.getCode() + "102", "乙镇" + n, county.getCode(), 0);
        villageA = regions.create(townshipA.getCode() + "201", "甲村" + n, townshipA.getCode(), 0);
        villageB = regions.create(townshipB.getCode() + "201", "乙村" + n, townshipB.getCode(), 0);
        workerA = workers.register(new NewWorker("甲某", randomId(), "13800000001", villageA.getCode(), true));
        workerB = workers.register(new NewWorker("乙某", randomId(), "13800000002", villageB.getCode(), false));
        account(staff, "zhou", StaffRole.PREFECTURE_ADMIN, prefecture);
        account(staff, "county", StaffRole.COUNTY_ADMIN, county);
        account(staff, "towna", StaffRole.TOWNSHIP_STAFF, townshipA);
        account(staff, "townb", StaffRole.TOWNSHIP_STAFF, townshipB);
        account(staff, "village", StaffRole.VILLAGE_CLERK, villageA);
        account(staff, "trainer", StaffRole.TRAINING_PROVIDER, county);
        account(staff, "leader", StaffRole.LEADER_READONLY, prefecture);
        account(staff, "finance", StaffRole.FINANCE, county);
    }

    /**
     * The 州 code has room for three digits (8nnn00); a run makes more fixtures than one pass
     * from a random start allows, so the counter wraps and skips numbers an earlier fixture took.
     */
    private static int unusedPrefectureNumber(RegionService regions) {
        for (int tries = 0; tries < 900; tries++) {
            int n = 100 + Math.floorMod(next.getAndIncrement() - 100, 900);
            if (regions.find(String.format("8%03d00", n)).isEmpty()) {
                return n;
            }
        }
        throw new IllegalStateException("all 900 test 州 codes 8100 00–8999 00 are taken in this database");
    }

    /** The username of the fixture's account with this short name. */
    public String user(String shortName) {
        return shortName + "_" + tag;
    }

    private void account(StaffService staff, String shortName, StaffRole role, Region region) {
        staff.bootstrap(user(shortName), shortName, role, region.getCode(), PASSWORD, false);
    }

    public static ChineseIdNumber randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = TestIdNumbers.first17("433101", 1960 + random.nextInt(45));
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
    }
}
