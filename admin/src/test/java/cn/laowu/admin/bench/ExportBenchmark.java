package cn.laowu.admin.bench;

import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): exports 100,000 workers over
 * real HTTP and prints time, size and the JVM's peak heap while exporting. Run:
 * {@code mvn -pl admin test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ExportBenchmark {

    private static final int WORKERS = 100_000;

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    WorkerService workers;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void export100000Workers() throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        long loadStart = System.nanoTime();
        load(List.of(fx.villageA, fx.villageB));
        System.out.printf("BENCH loaded %,d workers in %.1f s%n", WORKERS, (System.nanoTime() - loadStart) / 1e9);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String site = "http://127.0.0.1:" + port;
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(site + "/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create(site + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + fx.user("county") + "&password="
                        + ConsoleFixture.PASSWORD + "&_csrf=" + csrf.group(1))).build(), HttpResponse.BodyHandlers.discarding());

        for (String kind : List.of("export", "export/full", "export")) {
            System.gc();
            HeapWatch heap = new HeapWatch();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                    URI.create(site + "/console/workers/" + kind)).build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream in = response.body()) {
                bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            heap.stop();
            assertThat(response.statusCode()).isEqualTo(200);
            System.out.printf("BENCH %-12s %,d rows in %.2f s, %.1f MB xlsx, peak heap used %d MB (max heap %d MB)%n",
                    kind, WORKERS + 2, seconds, bytes / 1e6, heap.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Rows straight into the table (real ciphertext and hashes), far faster than registering one by one. */
    private void load(List<Region> villages) {
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            String first17 = String.format("433101%s%03d", LocalDate.of(1970, 1, 1).plusDays(i / 1000)
                    .toString().replace("-", ""), i % 1000);
            ChineseIdNumber id = ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
            Region village = villages.get(i % villages.size());
            String phone = String.format("139%08d", i);
            batch.add(new Object[]{"工人" + i, id.gender().name(), id.birthDate(), protector.encrypt(id.value()),
                    protector.lookupHash(id.value()), id.masked(), protector.encrypt(phone), protector.lookupHash(phone),
                    "139****" + phone.substring(7), village.getCode(), village.getPath(), i % 3 == 0,
                    Timestamp.valueOf(now), Timestamp.valueOf(now), Timestamp.valueOf(now)});
            if (batch.size() == 2_000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO worker (name, gender, birth_date, id_number_cipher, id_number_hash, "
                + "id_number_masked, phone_cipher, phone_hash, phone_masked, home_region_code, home_region_path, "
                + "poverty_registered, confirmed_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch);
        batch.clear();
    }

    /** Samples used heap every 20 ms while an export runs. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        HeapWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakMb() {
            return peak.get() >> 20;
        }
    }
}
