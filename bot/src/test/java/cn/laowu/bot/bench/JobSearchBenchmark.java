package cn.laowu.bot.bench;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.search.JobSearchIndex;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): job search in chat with
 * 100,000 jobs and 1,000,000 workers loaded, measured end to end (signed XML through the real
 * callback, Redis, MariaDB). Prints p50/p95/p99 per kind of message. Run:
 * {@code mvn -pl bot test -Dtest=JobSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class JobSearchBenchmark extends PortalTestSupport {

    private static final int JOBS = 100_000;
    private static final int WORKERS = 1_000_000;
    private static final int WARM_UP_ROUND = 250;
    private static final int WARM_UP_ROUNDS_AT_MOST = 60;
    private static final int MEASURED = Integer.getInteger("bench.conversations", 1_000);
    private static final String[] TITLES = {"电子厂普工", "SMT操作员", "保安", "厨师", "服务员", "缝纫工", "仓库理货员",
            "快递分拣员", "钢筋工", "保洁员", "司机", "质检员"};
    private static final String[] PLACES = {"广东东莞", "广东深圳", "浙江宁波", "浙江杭州", "江苏苏州", "上海", "湖南长沙", "吉首市"};
    private static final String[] AREAS = {"OUT_OF_PROVINCE", "OUT_OF_PROVINCE", "OUT_OF_PROVINCE", "OUT_OF_PROVINCE",
            "OUT_OF_PROVINCE", "OUT_OF_PROVINCE", "IN_PROVINCE", "IN_COUNTY"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionService regions;
    @Autowired
    JobSearchIndex searchIndex;

    @Test
    void searchWith100000JobsAnd1000000Workers() throws Exception {
        long start = System.nanoTime();
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        Region prefecture = regions.create(p, "压测州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "压测县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "压测镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "压测村" + n, township.getCode(), 0);
        loadJobs(county);
        long indexing = System.nanoTime();
        int indexed = searchIndex.backfill();
        System.out.printf("BENCH keyword index of %,d jobs built in %.1f s%n", indexed, (System.nanoTime() - indexing) / 1e9);
        loadWorkers(village);
        System.out.printf("BENCH loaded %,d jobs and %,d workers in %.0f s%n", JOBS, WORKERS, (System.nanoTime() - start) / 1e9);

        CallbackClient client = client();
        // Warm-up, the same conversations as measured and as many at once: JIT (C2 compiles for
        // tens of seconds on two cores, and a compile running beside the measured turns takes a
        // core from them), connection pools, Redis scripts, and the database's pages (and its
        // flushing after the bulk load) settled before anything is timed.
        warmUp(client);
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        long measuring = System.nanoTime();
        System.out.printf("BENCH measuring from %d%n", System.currentTimeMillis());
        long cpuBefore = processCpuNanos();
        try (Profile profile = Profile.startIfAsked()) {
            talk(client, MEASURED, latencies);
        }
        double seconds = (System.nanoTime() - measuring) / 1e9;
        System.out.printf("BENCH measured until %d%n", System.currentTimeMillis());
        int turns = MEASURED * 6;
        System.out.printf("BENCH %,d turns in %.1f s: %.0f turns/s, this JVM (server and client) %.2f ms of CPU a turn%n",
                turns, seconds, turns / seconds, (processCpuNanos() - cpuBefore) / 1e6 / turns);
        latencies.forEach((kind, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("BENCH %-20s n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", kind, sorted.size(),
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        });
        assertThat(latencies).hasSize(6);
    }

    /**
     * Talks until the JIT has settled: rounds of conversations until one costs the compiler less
     * than 2 % of its time. On two cores the one C2 thread works through its queue for a minute or
     * more, taking a core from the turns while it does, so a fixed warm-up measured the compiler.
     */
    private void warmUp(CallbackClient client) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        int rounds = 0;
        double share;
        do {
            long compiling = jit.getTotalCompilationTime();
            long round = System.nanoTime();
            talk(client, WARM_UP_ROUND, new ConcurrentHashMap<>());
            rounds++;
            share = (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - round) / 1e6);
        } while (share > 0.02 && rounds < WARM_UP_ROUNDS_AT_MOST);
        System.out.printf("BENCH warmed up in %d rounds of %d conversations, %.0f s; the JIT's share of the last: %.1f %%%n",
                rounds, WARM_UP_ROUND, (System.nanoTime() - started) / 1e9, share * 100);
    }

    /** Conversations of new followers, 4 at a time: a busy county office's account on this 2-core machine. */
    private void talk(CallbackClient client, int conversations, Map<String, List<Long>> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int f = 0; f < conversations; f++) {
            runs.add(pool.submit(() -> {
                converse(client, latencies);
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    /** One worker looking for a job: the list, words, the next page, a detail, two more searches. */
    private void converse(CallbackClient client, Map<String, List<Long>> latencies) {
        String openid = newOpenid();
        timed(client, latencies, "找工作 (newest)", openid, "找工作");
        timed(client, latencies, "keyword 电子厂", openid, "电子厂");
        timed(client, latencies, "下一页", openid, "下一页");
        timed(client, latencies, "detail", openid, "8");
        timed(client, latencies, "keyword 保安 吉首", openid, "保安 吉首");
        timed(client, latencies, "keyword 挖掘机 (none)", openid, "挖掘机");
    }

    private void timed(CallbackClient client, Map<String, List<Long>> latencies, String kind, String openid,
                       String text) {
        long t = System.nanoTime();
        CallbackClient.Response response = client.send(CallbackClient.text(ACCOUNT, openid, newMsgId(), text), false);
        long micros = (System.nanoTime() - t) / 1000;
        assertThat(response.content()).as(kind).isNotBlank();
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
    }

    /**
     * A flight recording of the measured conversations alone, when {@code -Dbench.jfr=FILE} asks
     * for one ({@code -Dbench.jfc=} a settings file, default "profile"): the warm-up would bury them.
     */
    private record Profile(jdk.jfr.Recording recording) implements AutoCloseable {
        static Profile startIfAsked() throws Exception {
            String file = System.getProperty("bench.jfr");
            if (file == null) {
                return new Profile(null);
            }
            String settings = System.getProperty("bench.jfc", "profile");
            jdk.jfr.Configuration configuration = settings.contains("/")
                    ? jdk.jfr.Configuration.create(java.nio.file.Path.of(settings))
                    : jdk.jfr.Configuration.getConfiguration(settings);
            jdk.jfr.Recording recording = new jdk.jfr.Recording(configuration);
            recording.setDestination(java.nio.file.Path.of(file));
            recording.start();
            return new Profile(recording);
        }

        @Override
        public void close() {
            if (recording != null) {
                recording.stop();
                recording.close();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private void loadJobs(Region county) {
        jdbc.update("INSERT INTO employer (name, location, owner_region_path, vetted_at, vetted_by, created_at, updated_at) "
                + "VALUES ('压测电子有限公司', '广东东莞', ?, NOW(3), 'bench', NOW(3), NOW(3))", county.getPath());
        long employer = jdbc.queryForObject("SELECT MAX(id) FROM employer", Long.class);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < JOBS; i++) {
            if (sql.isEmpty()) {
                sql.append("INSERT INTO job (employer_id, title, industry, work_area, work_place, wage_min_fen, wage_max_fen, "
                        + "headcount, filled, training_required, status, owner_region_path, search_text, published_at, "
                        + "ends_on, created_at, updated_at) VALUES ");
            } else {
                sql.append(',');
            }
            String title = TITLES[i % TITLES.length];
            int placeIndex = (i / TITLES.length) % PLACES.length;
            String place = PLACES[placeIndex];
            sql.append('(').append(employer).append(",'").append(title).append("','行业','").append(AREAS[placeIndex])
                    .append("','").append(place).append("',450000,600000,20,0,0,'")
                    .append(i % 10 == 0 ? "CLOSED" : i % 20 == 5 ? "EXPIRED" : "PUBLISHED").append("','")
                    .append(county.getPath()).append("','").append(title).append(' ').append(place)
                    // Most jobs run until a date (some already past and expired), a few have none.
                    .append(" 压测电子有限公司',NOW(3),").append(i % 5 == 0 ? "NULL" : i % 20 == 5
                            ? "CURDATE() - INTERVAL 3 DAY" : "CURDATE() + INTERVAL " + (i % 90) + " DAY")
                    .append(",NOW(3),NOW(3))");
            if ((i + 1) % 2_000 == 0) {
                jdbc.update(sql.toString());
                sql.setLength(0);
            }
        }
    }

    /** Placeholder ciphertext is fine here: the search never opens a card, only counts on them. */
    private void loadWorkers(Region village) {
        String now = LocalDateTime.now().toString().replace('T', ' ');
        StringBuilder sql = new StringBuilder();
        String tag = Long.toHexString(System.nanoTime());
        for (int i = 0; i < WORKERS; i++) {
            if (sql.isEmpty()) {
                sql.append("INSERT INTO worker (name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, "
                        + "home_region_code, home_region_path, confirmed_at, created_at, updated_at) VALUES ");
            } else {
                sql.append(',');
            }
            String hash = String.format("%-12.12s%052d", tag, i);
            sql.append("('工人','MALE','1990-01-01','v1:bench','").append(hash).append("','**************0000','")
                    .append(village.getCode()).append("','").append(village.getPath()).append("','").append(now)
                    .append("','").append(now).append("','").append(now).append("')");
            if ((i + 1) % 5_000 == 0) {
                jdbc.update(sql.toString());
                sql.setLength(0);
            }
        }
    }
}
