package cn.laowu.bot.bench;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): public job pages with 100,000
 * open jobs, over real HTTP from 8 threads on the same machine. Two mixes: "shared links" (80% of
 * views on 2,000 jobs, as links passed around groups concentrate; the rest anywhere) and "cold"
 * (uniform over all 100,000, mostly cache misses). The client asks for gzip as every phone's browser
 * does and leaves the bytes packed (a phone unpacks on its own CPU, not the server's); one response
 * in 100 is unpacked and checked. {@code -Dbench.gzip=false} asks for plain HTML instead.
 * Prints p50/p95/p99 and pages/s. Run:
 * {@code LAOWU_TEST_SERVERS=external mvn -o verify -pl bot -am -Dtest=JobPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class JobPageBenchmark extends PortalTestSupport {

    private static final int JOBS = 100_000;
    private static final int REQUESTS = Integer.getInteger("bench.requests", 30_000);
    private static final int THREADS = 8;
    private static final boolean GZIP = Boolean.parseBoolean(System.getProperty("bench.gzip", "true"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionService regions;

    @Test
    void jobPagesWith100000OpenJobs() throws Exception {
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        regions.create(p, "页压州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "页压县" + n, p, 0);
        regions.setOfficePhone(county.getCode(), "0743-8000000");
        long t0 = System.nanoTime();
        List<String> tokens = load(county);
        System.out.printf("BENCH loaded %,d open jobs with page tokens in %.0f s%n", tokens.size(), (System.nanoTime() - t0) / 1e9);
        assertThat(tokens).hasSize(JOBS);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, tokens, "warm-up", 5_000, true);
        run(http, tokens, "shared links", REQUESTS, true);
        run(http, tokens, "cold (uniform)", REQUESTS, false);
    }

    private void run(HttpClient http, List<String> tokens, String mix, int requests, boolean concentrated) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>(requests));
        long serverCpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            runs.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < requests / THREADS; i++) {
                    int index = concentrated && random.nextInt(10) < 8 ? random.nextInt(2_000) : random.nextInt(tokens.size());
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/h5/jobs/"
                            + tokens.get(index)));
                    if (GZIP) {
                        request.header("Accept-Encoding", "gzip, deflate");
                    }
                    long t1 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    micros.add((System.nanoTime() - t1) / 1000);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    if (i % 100 == 0) {
                        check(response, index);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpuMicros = (serverCpuNanos() - serverCpuBefore) / 1e3 / requests;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("BENCH %-15s %s n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f pages/s, "
                        + "Tomcat threads' CPU %.0f µs/page (load average %.1f)%n", mix,
                GZIP ? "gzip" : "plain", sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.size() / seconds,
                serverCpuMicros, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * CPU time of the server's request threads (Tomcat's http-nio-*): what a page costs the server
     * itself (MariaDB's and Redis's share not included), which the machine's load hardly changes,
     * unlike latency and rate when other work shares the two cores.
     */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static void check(HttpResponse<byte[]> response, int index) throws java.io.IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        String html = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (!html.contains("电子厂普工" + index + "<") || !html.contains("还招 ")) {
            throw new IllegalStateException("not the page of job " + index);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private List<String> load(Region county) {
        jdbc.update("INSERT INTO employer (name, location, owner_region_path, vetted_at, vetted_by, created_at, updated_at) "
                + "VALUES ('压测电子有限公司', '广东东莞', ?, NOW(3), 'bench', NOW(3), NOW(3))", county.getPath());
        long employer = jdbc.queryForObject("SELECT MAX(id) FROM employer", Long.class);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < JOBS; i++) {
            sql.append(sql.isEmpty() ? "INSERT INTO job (employer_id, title, industry, work_area, work_place, wage_min_fen, "
                    + "wage_max_fen, hours, food_lodging, social_insurance, headcount, filled, training_required, status, "
                    + "owner_region_path, search_text, published_at, ends_on, created_at, updated_at) VALUES " : ",");
            sql.append('(').append(employer).append(",'电子厂普工").append(i).append("','电子','OUT_OF_PROVINCE','广东东莞',")
                    .append("450000,600000,'8小时','包吃包住','五险',20,").append(i % 20).append(",0,'PUBLISHED','")
                    .append(county.getPath()).append("','电子厂普工 广东东莞',NOW(3),CURDATE() + INTERVAL 60 DAY,NOW(3),NOW(3))");
            if ((i + 1) % 2_000 == 0) {
                jdbc.update(sql.toString());
                sql.setLength(0);
            }
        }
        jdbc.update("INSERT INTO job_page (job_id, token, created_at) SELECT id, SUBSTRING(MD5(CONCAT(id, RAND())), 1, 20), "
                + "NOW() FROM job WHERE owner_region_path = ?", county.getPath());
        return jdbc.queryForList("SELECT p.token FROM job_page p JOIN job j ON j.id = p.job_id WHERE j.owner_region_path = ? "
                + "ORDER BY p.job_id", String.class, county.getPath());
    }
}
