package cn.laowu.core.progress;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** 统一统计报表: on a generated tree, every level's rows sum exactly to its own total, monthly and yearly. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ReportSumsTest {

    private static final String[] AREAS = {"OUT_OF_PROVINCE", "IN_PROVINCE", "IN_PREFECTURE", "IN_COUNTY"};

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressStore store;
    @Autowired
    StatisticsReport report;

    @Test
    void everyLevelsRowsSumToItsTotal() {
        int n = 100 + ThreadLocalRandom.current().nextInt(800);
        String p = String.format("7%03d00", n);
        Region prefecture = regions.create(p, "生成州" + n, null, 0);
        List<Region> homes = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            Region county = regions.create(p.substring(0, 4) + "0" + c, "县" + c, p, c);
            homes.add(county); // a worker registered at the county itself: its "本级" row
            for (int t = 1; t <= 2; t++) {
                Region township = regions.create(county.getCode() + "10" + t, "镇" + c + t, county.getCode(), t);
                homes.add(township);
                homes.add(regions.create(township.getCode() + "201", "村" + c + t, township.getCode(), 0));
            }
        }
        YearRecords records = new YearRecords(jdbc, workers, staff, homes.get(0));
        Random random = new Random(n);
        for (int i = 0; i < 40; i++) {
            Region home = homes.get(random.nextInt(homes.size()));
            LocalDate day = LocalDate.of(2015, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Worker w = records.worker(home, random.nextBoolean(), day.minusMonths(random.nextInt(20)), day);
            long application = records.placed(w, AREAS[random.nextInt(4)], day);
            if (random.nextBoolean()) {
                records.followUp(application, w, 1, day.plusMonths(1), true, 300_000L + random.nextInt(500_000));
            }
            if (random.nextInt(3) == 0) {
                records.trained(w, day.minusDays(random.nextInt(60)), "COMPLETED", day.minusDays(1));
            }
            if (random.nextInt(3) == 0) {
                records.complaint(home, day, random.nextBoolean() ? "CONCLUDED" : "NEW", random.nextBoolean());
            }
        }
        store.refresh(2015);
        RegionScope scope = RegionScope.of(prefecture);
        long checked = 0;
        for (int month : new int[]{3, 7, 12}) {
            for (Region region : regions.inScope(scope)) {
                if (region.getLevel() == RegionLevel.VILLAGE) {
                    continue;
                }
                StatisticsReport.Report r = report.report(scope, region.getCode(), 2015, month);
                assertThat(sum(r.rows())).as("%s in month %d", region.getName(), month).isEqualTo(strip(r.total()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3 * 7);
        StatisticsReport.Report year = report.report(scope, prefecture.getCode(), 2015, 12);
        assertThat(year.total().transfer()).isEqualTo(40);
        assertThat(year.rows()).extracting(StatisticsReport.Row::name).containsExactly("县1", "县2");
        StatisticsReport.Report county = report.report(scope, p.substring(0, 4) + "01", 2015, 12);
        assertThat(county.rows()).extracting(StatisticsReport.Row::name).contains("本级(县1)");
        List<StatisticsReport.Row> units = new ArrayList<>();
        report.everyUnit(scope, 2015, 12, units::add);
        assertThat(units).hasSize(7);
        assertThat(strip(units.get(0))).isEqualTo(strip(year.total()));
    }

    private static List<Long> sum(List<StatisticsReport.Row> rows) {
        List<Long> total = null;
        for (StatisticsReport.Row row : rows) {
            List<Long> values = strip(row);
            if (total == null) {
                total = new ArrayList<>(values);
            } else {
                for (int i = 0; i < values.size(); i++) {
                    total.set(i, total.get(i) + values.get(i));
                }
            }
        }
        return total;
    }

    private static List<Long> strip(StatisticsReport.Row r) {
        return List.of(r.workers(), r.workersPoor(), r.transferOut(), r.transferProvince(), r.transferCounty(),
                r.transfer(), r.monthNew(), r.trained(), r.trainedEmployed(), r.incomeFen(), r.complaints(), r.complaintsOnTime());
    }
}
