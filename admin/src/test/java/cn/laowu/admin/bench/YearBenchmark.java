package cn.laowu.admin.bench;

import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.progress.ProgressStore;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.stats.DashboardService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): a 州 with 8 counties, 160
 * townships and 1,600 villages, {@code bench.workers} workers (default 200,000) and twice as many
 * placements over five years with follow-ups, then prints the time of a whole 州's snapshot (the
 * rebuild of the year's figures included), the p95 of each page of the year (through the real
 * security chain), and the time and heap of the yearly report export; each line also goes to
 * admin/target/year-benchmark.txt as it is measured. Run:
 * {@code LAOWU_TEST_SERVERS=external mvn -B -o verify -pl admin -am -Dtest=YearBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.workers=200000}
 */
@SpringBootTest(classes = AdminTestApplication.class)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class YearBenchmark {

    private static final int YEAR = 2019;

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressStore store;
    @Autowired
    DispatchSnapshots snapshots;
    @Autowired
    DashboardService dashboard;

    @Test
    void run() throws Exception {
        int workers = Integer.getInteger("bench.workers", 200_000);
        long t0 = System.nanoTime();
        Region zhou = tree();
        load(zhou, workers);
        print("loaded %,d workers, %,d applications, %,d follow-ups in %.1f s (load average %s)", workers,
                count("job_application"), count("follow_up"), seconds(t0), loadAverage());
        long counted = System.nanoTime();
        dashboard.rebuild(); // the load wrote past the services that keep the dashboard's counts
        print("dashboard's counts rebuilt: %.1f s (load average %s)", seconds(counted), loadAverage());

        // -Dbench.only=console: the 工作台 alone (a year of placements and the current year), nothing of the year's rebuilds
        boolean consoleOnly = "console".equals(System.getProperty("bench.only"));
        if (!consoleOnly) {
            rebuildAndSnapshot(zhou);
        }

        staff.bootstrap("benchlead", "领导", StaffRole.LEADER_READONLY, zhou.getCode(), ConsoleFixture.PASSWORD, false);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/console/login").session(session).with(csrf()).param("username", "benchlead")
                .param("password", ConsoleFixture.PASSWORD));
        String county = zhou.getCode().substring(0, 4) + "01";
        String township = county + "101";
        String[] pages = consoleOnly ? new String[]{"/console", "/console?year=" + YEAR} : new String[]{
                "/console/dispatch?period=" + YEAR + "-12", "/console/dispatch?period=" + YEAR + "-12&region=" + county,
                "/console/report?year=" + YEAR + "&month=12", "/console/report?year=" + YEAR + "&month=12&region=" + county,
                "/console/targets?year=" + YEAR, "/console/assessment?year=" + YEAR, "/console/indicators",
                "/console/dispatch/records?region=" + township + "&indicator=TRANSFER&year=" + YEAR + "&month=12",
                "/console/dispatch/records?region=" + township + "&indicator=INCOME&year=" + YEAR + "&month=12",
                "/console/dispatch/records?region=" + county + "&indicator=TRANSFER&year=" + YEAR + "&month=12",
                "/console", "/console?year=" + YEAR};
        measure(session, pages);
        if (!consoleOnly) {
            export(session);
        }
    }

    private void rebuildAndSnapshot(Region zhou) {
        long t1 = System.nanoTime();
        store.refresh(YEAR - 1);
        print("refresh of one past year's figures: %.1f s (load average %s)", seconds(t1), loadAverage());
        long t2 = System.nanoTime();
        snapshots.take(new Actor("bench", zhou.getPath(), null), YEAR, 11);
        print("snapshot of the whole 州 (rebuild of %d included): %.1f s (load average %s)", YEAR,
                seconds(t2), loadAverage());
        snapshots.take(new Actor("bench", zhou.getPath(), null), YEAR, 12);
    }

    private void measure(MockHttpSession session, String[] pages) throws Exception {
        for (String page : pages) {
            long warm = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                mvc.perform(get(page).session(session)); // warm-up
            }
            // a page of seconds is measured 10 times, not 40: its p95 is then the slowest but one
            int runs = seconds(warm) > 10 ? 10 : 40;
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                int status = mvc.perform(get(page).session(session)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    throw new IllegalStateException(page + " answered " + status);
                }
                times.add((System.nanoTime() - s) / 1_000_000);
            }
            Collections.sort(times);
            print("p95 %-60s %4d ms (median %d, load average %s)", page, times.get(runs * 95 / 100 - 1),
                    times.get(runs / 2), loadAverage());
        }
    }

    private void export(MockHttpSession session) throws Exception {
        long cold = System.nanoTime();
        mvc.perform(get("/console/report.xlsx?year=" + (YEAR - 1) + "&month=12").session(session)).andReturn();
        print("first export after start (Excel classes loading): %.2f s", seconds(cold));
        System.gc();
        resetPeaks();
        long t3 = System.nanoTime();
        int bytes = mvc.perform(get("/console/report.xlsx?year=" + YEAR + "&month=12").session(session))
                .andReturn().getResponse().getContentAsByteArray().length;
        print("yearly report export (%d units): %.2f s, %,d bytes, peak heap %d MB (load average %s)",
                count("region"), seconds(t3), bytes, peakHeapMb(), loadAverage());
    }

    private Region tree() {
        int n = 100 + (int) (Math.random() * 800);
        String p = String.format("6%03d00", n);
        Region zhou = regions.create(p, "基准州" + n, null, 0);
        for (int c = 1; c <= 8; c++) {
            Region county = regions.create(p.substring(0, 4) + String.format("%02d", c), "县" + c, p, c);
            for (int t = 1; t <= 20; t++) {
                Region township = regions.create(county.getCode() + String.format("%03d", 100 + t), "镇" + c + "-" + t,
                        county.getCode(), t);
                List<Object[]> villages = new ArrayList<>();
                for (int v = 1; v <= 10; v++) {
                    String code = township.getCode() + String.format("%03d", 200 + v);
                    villages.add(new Object[]{code, township.getCode(), "村" + v, "VILLAGE", township.getPath() + code + "/", v});
                }
                jdbc.batchUpdate("INSERT INTO region (code, parent_code, name, level, path, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                        villages);
            }
        }
        return zhou;
    }

    /**
     * Bulk SQL: a digits table multiplied out, so a million rows take minutes, not a day of service
     * calls; on one connection with foreign-key and unique checks off (the rows are made consistent).
     */
    private void load(Region zhou, int workers) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
            JdbcTemplate one = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(con, true));
            one.execute("SET SESSION foreign_key_checks = 0");
            one.execute("SET SESSION unique_checks = 0");
            try {
                load(one, zhou, workers);
            } finally {
                one.execute("SET SESSION foreign_key_checks = 1");
                one.execute("SET SESSION unique_checks = 1");
            }
            return null;
        });
    }

    private void load(JdbcTemplate jdbc, Region zhou, int workers) {
        // plain tables (a pooled connection per statement would not see a temporary one), dropped at the end
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_digit (d INT PRIMARY KEY)");
        jdbc.execute("INSERT IGNORE INTO bench_digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        jdbc.execute("CREATE TABLE bench_village (idx INT PRIMARY KEY, code VARCHAR(12), path VARCHAR(80))");
        List<Object[]> villages = new ArrayList<>();
        for (var row : jdbc.queryForList("SELECT code, path FROM region WHERE path LIKE ? AND level = 'VILLAGE' "
                + "ORDER BY code", zhou.getPath() + "%")) {
            villages.add(new Object[]{villages.size(), row.get("code"), row.get("path")});
        }
        jdbc.batchUpdate("INSERT INTO bench_village (idx, code, path) VALUES (?, ?, ?)", villages);
        jdbc.execute("CREATE TABLE bench_n (n INT PRIMARY KEY)");
        jdbc.update("INSERT INTO bench_n SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d "
                + "+ 1000000 * h.d FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, "
                + "bench_digit g, bench_digit h WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d "
                + "+ 100000 * g.d + 1000000 * h.d < ?", workers);
        long employer = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM employer", Long.class);
        jdbc.update("INSERT INTO employer (id, name, location, owner_region_path, created_at, updated_at) "
                + "VALUES (?, '基准厂', '宁波', ?, NOW(), NOW())", employer, zhou.getPath());
        String[] areas = {"OUT_OF_PROVINCE", "IN_PROVINCE", "IN_PREFECTURE", "IN_COUNTY"};
        long firstJob = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM job", Long.class);
        for (int j = 0; j < 100; j++) {
            jdbc.update("INSERT INTO job (id, employer_id, title, industry, work_area, work_place, wage_min_fen, "
                    + "wage_max_fen, headcount, status, owner_region_path, search_text, created_at, updated_at) "
                    + "VALUES (?, ?, '普工', '制造', ?, '宁波', 1, 2, 100000, 'CLOSED', ?, '普工', NOW(), NOW())",
                    firstJob + j, employer, areas[j % 4], zhou.getPath());
        }
        long firstWorker = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM worker", Long.class);
        jdbc.update("INSERT INTO worker (id, name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, "
                + "home_region_code, home_region_path, poverty_registered, confirmed_at, created_at, updated_at) "
                + "SELECT ? + n.n, '基准', '男', '1985-01-01', 'x', SHA2(CONCAT('bench', ?, n.n), 256), '433101********0000', "
                + "v.code, v.path, n.n % 4 = 0, DATE_ADD('2015-01-01', INTERVAL n.n % 1800 DAY), "
                + "DATE_ADD('2014-06-01', INTERVAL n.n % 1900 DAY), NOW() FROM bench_n n JOIN bench_village v ON v.idx = n.n % 1600",
                firstWorker, zhou.getCode());
        long firstApplication = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM job_application", Long.class);
        for (int round = 0; round < 2; round++) {
            // two placements per worker over five years (2015–2019), each on another job
            jdbc.update("INSERT INTO job_application (id, job_id, worker_id, home_region_path, status, holds_place, channel, "
                    + "placed_at, created_at, updated_at) SELECT ? + 2 * n.n + ?, ? + (n.n + ? * 50) % 100, ? + n.n, v.path, "
                    + "'PLACED', 0, 'CONSOLE', DATE_ADD('2015-01-01', INTERVAL (n.n * 7 + ? * 911) % 1825 DAY), NOW(), NOW() "
                    + "FROM bench_n n JOIN bench_village v ON v.idx = n.n % 1600",
                    firstApplication, round, firstJob, round, firstWorker, round);
        }
        for (int month : new int[]{1, 6}) {
            jdbc.update("INSERT INTO follow_up (application_id, worker_id, region_path, month_no, due_on, recorded_at, "
                    + "still_employed, monthly_wage_fen) SELECT a.id, a.worker_id, w.home_region_path, ?, "
                    + "DATE(DATE_ADD(a.placed_at, INTERVAL ? MONTH)), DATE_ADD(a.placed_at, INTERVAL ? MONTH), "
                    + "a.id % 5 <> 0, CASE WHEN a.id % 3 = 0 THEN NULL ELSE 400000 + (a.id % 7) * 50000 END "
                    + "FROM job_application a JOIN worker w ON w.id = a.worker_id WHERE a.id >= ?",
                    month, month, month, firstApplication);
        }
        jdbc.execute("DROP TABLE bench_n, bench_village, bench_digit");
        jdbc.execute("ANALYZE TABLE worker, job_application, follow_up");
    }

    /** To the console and, line by line, to target/year-benchmark.txt: a long run stopped early keeps its figures. */
    private static void print(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "year-benchmark.txt"), line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The machine's 1-, 5- and 15-minute load: the figures mean little without it on a shared machine. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
