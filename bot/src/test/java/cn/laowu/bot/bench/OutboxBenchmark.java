package cn.laowu.bot.bench;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.outbound.OutboxSender;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastKind;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.Registered;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): a job notice broadcast to
 * 1,000,000 registered followers who wrote lately (so customer-service messages), against the fake
 * WeChat API with the account's rate limit lifted. Prints the time to write the audience into the
 * outbox ({@code BroadcastService.queueDue()}), sends per second while draining, and the JVM's peak
 * heap. Run with a 512 MB heap:
 * {@code LAOWU_TEST_SERVERS=external mvn -o verify -pl bot -am -Dtest=OutboxBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m} ({@code -Dbench.recipients=200000} for a quicker look).
 */
@TestPropertySource(properties = {
        "laowu.wechat.outbox.rate-per-second=1000000",
        "laowu.wechat.outbox.senders=${bench.senders:16}",
        "laowu.wechat.outbox.batch=${bench.batch:50}",
        "laowu.wechat.outbox.settle-every=${bench.settle-every:8}",
        // As the application's own configuration (app/.../application.yml), not Hikari's default of 10.
        "spring.datasource.hikari.maximum-pool-size=20",
        "spring.datasource.hikari.data-source-properties.useLocalSessionState=true",
        "laowu.broadcasts.approval-above=100000000"})
class OutboxBenchmark extends PortalTestSupport {

    private static final int RECIPIENTS = Integer.getInteger("bench.recipients", 1_000_000);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    BroadcastService broadcasts;
    @Autowired
    OutboxSender sender;

    @Test
    void broadcastToAMillionFollowers() throws Exception {
        sender.stop();
        int n = nextRegionNumber();
        String p = String.format("8%03d00", n);
        regions.create(p, "群发州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "群发县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "群发镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "群发村" + n, township.getCode(), 0);
        Actor clerk = new Actor("bench" + n, county.getPath(), null);
        RegionScope scope = RegionScope.of(county);

        long loading = System.nanoTime();
        String tag = Long.toHexString(System.nanoTime());
        loadWorkersAndFollowers(village, tag);
        openChatWindows(tag);
        System.out.printf("BENCH loaded %,d workers, followers and open chat windows in %.0f s%n", RECIPIENTS,
                (System.nanoTime() - loading) / 1e9);

        Broadcast b = broadcasts.create(clerk, scope, new BroadcastService.Draft(BroadcastKind.JOBS, "宁波缝纫工", null,
                List.of(publishedJob(clerk, scope).getId()), county.getCode(), Registered.REGISTERED, false, false, null));
        assertThat(b.getAudienceSize()).isEqualTo(RECIPIENTS);
        long writing = System.nanoTime();
        int written = broadcasts.queueDue();
        double writeSeconds = (System.nanoTime() - writing) / 1e9;
        System.out.printf("BENCH audience of %,d written into the outbox in %.1f s%n", written, writeSeconds);
        assertThat(written).isEqualTo(RECIPIENTS);

        WECHAT.keepCalls(false);
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long before = WECHAT.count("/message/custom/send");
        long draining = System.nanoTime();
        sender.start();
        long lastReport = draining;
        while (WECHAT.count("/message/custom/send") - before < RECIPIENTS) {
            Thread.sleep(200);
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("BENCH ... %,d sent after %.0f s%n", WECHAT.count("/message/custom/send") - before,
                        (lastReport - draining) / 1e9);
            }
        }
        double drainSeconds = (System.nanoTime() - draining) / 1e9;
        sampler.interrupt();
        WECHAT.keepCalls(true);
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long liveAfterGc = heapPools.stream().filter(pool -> pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
        System.out.printf("BENCH drained %,d customer-service messages in %.1f s: %,.0f sends/s%n", RECIPIENTS,
                drainSeconds, RECIPIENTS / drainSeconds);
        System.out.printf("BENCH heap: peak used %d MB (sampled), sum of pool peaks %d MB, after last GC %d MB, max %d MB%n",
                peakUsed.get() >> 20, poolPeaks >> 20, liveAfterGc >> 20,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
        Long sent = null;
        for (int i = 0; i < 100 && (sent == null || sent < RECIPIENTS); i++) {
            Thread.sleep(100);
            sent = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE source = ? AND status = 'SENT'",
                    Long.class, b.source());
        }
        assertThat(sent).isEqualTo(RECIPIENTS);
        closeChatWindows(tag);
    }

    private Job publishedJob(Actor clerk, RegionScope scope) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波群发厂", "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "缝纫工", "服装", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 500_000, 700_000, null, null, null, null, null,
                null, 20, false, null)).getId());
    }

    /** Batch inserts (5,000 rows a statement); placeholder ciphertext, the broadcast never opens a card. */
    private void loadWorkersAndFollowers(Region village, String tag) {
        String now = LocalDateTime.now().toString().replace('T', ' ');
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < RECIPIENTS; i++) {
            sql.append(sql.isEmpty() ? "INSERT INTO worker (name, gender, birth_date, id_number_cipher, id_number_hash, "
                    + "id_number_masked, home_region_code, home_region_path, confirmed_at, created_at, updated_at) VALUES "
                    : ",");
            String hash = String.format("%-12.12s%052d", tag, i);
            sql.append("('工人','MALE','1990-01-01','v1:bench','").append(hash).append("','4331**********0000','")
                    .append(village.getCode()).append("','").append(village.getPath()).append("','").append(now)
                    .append("','").append(now).append("','").append(now).append("')");
            if ((i + 1) % 5_000 == 0 || i + 1 == RECIPIENTS) {
                jdbc.update(sql.toString());
                sql.setLength(0);
            }
        }
        long[] ids = jdbc.queryForObject("SELECT MIN(id), MAX(id) FROM worker WHERE home_region_path = ?",
                (rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}, village.getPath());
        for (long from = ids[0]; from <= ids[1]; from += 50_000) {
            jdbc.update("INSERT INTO wx_follower (appid, openid, subscribed, subscribed_at, worker_id, created_at, "
                    + "updated_at) SELECT ?, CONCAT('o', ?, LPAD(id, 14, '0')), 1, NOW(3), id, NOW(3), NOW(3) "
                    + "FROM worker WHERE id BETWEEN ? AND ? AND home_region_path = ?",
                    APPID, tag, from, from + 49_999, village.getPath());
        }
    }

    /** Each follower wrote lately: the sender will use customer-service messages. */
    private void openChatWindows(String tag) {
        List<String> openids = jdbc.queryForList("SELECT openid FROM wx_follower WHERE openid LIKE ?", String.class,
                "o" + tag + "%");
        for (int from = 0; from < openids.size(); from += 10_000) {
            List<String> chunk = openids.subList(from, Math.min(openids.size(), from + 10_000));
            byte[] one = "1".getBytes(StandardCharsets.UTF_8);
            redis.executePipelined((RedisCallback<Object>) connection -> {
                chunk.forEach(openid -> connection.stringCommands().setEx(
                        keys.key("window", APPID, openid).getBytes(StandardCharsets.UTF_8), 3_600, one));
                return null;
            });
        }
    }

    private void closeChatWindows(String tag) {
        List<String> openids = jdbc.queryForList("SELECT openid FROM wx_follower WHERE openid LIKE ?", String.class,
                "o" + tag + "%");
        for (int from = 0; from < openids.size(); from += 10_000) {
            redis.delete(openids.subList(from, Math.min(openids.size(), from + 10_000)).stream()
                    .map(openid -> keys.key("window", APPID, openid)).toList());
        }
    }
}
