package cn.laowu.bot.bench;

import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.bot.protocol.WeChatCrypto;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.fakewechat.RecordedCall;
import cn.laowu.devkit.fakewechat.WeChatChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault run (docs/several-instances.md): scripts/cluster.sh starts two production jars behind
 * nginx. Through nginx, while instance 2 is killed with SIGKILL and later restarted:
 * <ul>
 * <li>simulated followers ({@link FaultRunFollower}) register (8 turns), file a wage complaint (a first
 *     sentence and the answers the dialog asks for, then 确认), apply for a job a 州 administrator published
 *     through the console at the start, and claim the fare of going out to work alone, with two photos;</li>
 * <li>a 州 administrator writes an announcement to every follower of the account (a hundred thousand
 *     seeded followers who never wrote: template messages) and a second one approves it; both log
 *     in through nginx with the console's CSRF form; the first watches its progress page throughout.</li>
 * </ul>
 * WeChat is simulated as it behaves: no answer within 5 s → the same message (same MsgId) again,
 * three tries in all. Counted at the end: registrations, complaints, applications and claims lost (the
 * worker was told it succeeded, nothing is stored) or doubled, dialogs that did not finish (with their last turns), template messages received more than once or never, customer-service
 * messages sent twice. Run by scripts/fault-run.sh; skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "laowu.faultrun", matches = "true")
class ClusterFaultRun {

    private static final String BASE = "http://127.0.0.1:18180";
    private static final String APPID = "wxcluster00000001";
    private static final String TOKEN = "clustertoken";
    private static final String DB = "jdbc:mysql://127.0.0.1:3306/laowu_cluster?characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    /** How long a follower waits for a reply that comes as a customer-service message, as a worker would. */
    private static final long LATE_REPLY_WAIT_NANOS = 60_000_000_000L;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong msgIds = new AtomicLong(System.currentTimeMillis() * 1000);
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    /** Per follower, how many of the customer-service messages it received were already read as replies. */
    private final Map<String, Integer> read = new ConcurrentHashMap<>();

    @Test
    void killAnInstanceUnderLoad() throws Exception {
        int followers = Integer.getInteger("laowu.faultrun.followers", 40);
        int audience = Integer.getInteger("laowu.faultrun.broadcast", 100_000);
        File root = new File(System.getProperty("laowu.faultrun.root", "..")).getCanonicalFile();
        FakeWeChatApi wechat = FakeWeChatApi.start(18189);
        wechat.registerAccount(APPID, "cluster-secret");
        wechat.countPerOpenid(true);
        // laowu.faultrun.reuse: the cluster is already up (scripts/cluster.sh start 2 with FAKE_WECHAT=external).
        boolean reuse = Boolean.getBoolean("laowu.faultrun.reuse");
        String prefix = "obc" + Long.toString(System.currentTimeMillis(), 36);
        try {
            if (!reuse) {
                sh(root, "start", "2");
            }
            try (Connection db = DriverManager.getConnection(DB, "root", "")) {
                FaultRunSeed.regions(db);
                long seeding = System.nanoTime();
                long seeded = FaultRunSeed.followers(db, APPID, prefix, audience);
                System.out.printf("fault run: %,d followers seeded in %.1f s%n", seeded, (System.nanoTime() - seeding) / 1e9);
                FaultRunSeed.administrators(db, "faultwriter", "faultapprover");
            }
            FaultRunConsole writer = new FaultRunConsole(BASE);
            writer.login("faultwriter", FaultRunSeed.PASSWORD);
            long broadcast = writer.announce("演练通知", "这是一条故障演练的通知,请忽略。");
            FaultRunConsole approver = new FaultRunConsole(BASE);
            approver.login("faultapprover", FaultRunSeed.PASSWORD);
            approver.approve(broadcast);
            // The job the followers apply for: published by the 州 administrator through the console.
            String jobTitle = "演练" + Math.floorMod(System.currentTimeMillis() / 1000, 100_000) + "号包装工";
            long job;
            try (Connection db = DriverManager.getConnection(DB, "root", "")) {
                job = writer.publishJob(jobTitle, name -> FaultRunSeed.count(db,
                        "SELECT MAX(id) FROM employer WHERE name = ?", name));
                assertThat(FaultRunSeed.count(db, "SELECT COUNT(*) FROM job WHERE id = ? AND status = 'PUBLISHED'", job))
                        .as("the job published through the console").isEqualTo(1);
            }

            ExecutorService pool = Executors.newFixedThreadPool(followers);
            List<FaultRunFollower> people = new ArrayList<>();
            FaultRunFollower.Chat chat = new FaultRunFollower.Chat() {
                @Override
                public String say(String openid, String text) {
                    return exchange(openid, CallbackClient.text("gh_cluster", openid, msgIds.incrementAndGet(), text), wechat);
                }

                @Override
                public String photo(String openid) {
                    return exchange(openid, CallbackClient.image("gh_cluster", openid, msgIds.incrementAndGet()), wechat);
                }
            };
            long started = System.nanoTime();
            for (int i = 0; i < followers; i++) {
                String openid = "ofault" + Long.toString(System.nanoTime(), 36) + i;
                String id = idNumber();
                FaultRunFollower follower = new FaultRunFollower(openid, chat);
                people.add(follower);
                pool.submit(() -> follower.run("故障" + (char) ('甲' + Math.floorMod(openid.hashCode(), 20)), id,
                        "139" + String.format("%08d", Math.floorMod(id.hashCode(), 100_000_000)), FaultRunSeed.VILLAGE,
                        jobTitle));
            }
            ConsoleProbe console = new ConsoleProbe(writer, "faultwriter", "/console/broadcasts/" + broadcast);
            console.start();
            Thread.sleep(8_000);
            long killedAt = System.nanoTime();
            sh(root, "kill", "2");
            Thread.sleep(5_000);
            // Restarted in the background: on a loaded machine a start takes minutes; the load goes on.
            Thread restart = new Thread(() -> {
                try {
                    sh(root, "restart", "2");
                } catch (Exception e) {
                    System.out.println("restart failed: " + e.getMessage());
                }
            });
            restart.start();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
            long chatSeconds = (System.nanoTime() - started) / 1_000_000_000;
            restart.join(Duration.ofMinutes(10).toMillis());
            long recovered = System.nanoTime();
            long drained = awaitDrained(broadcast, audience, Duration.ofMinutes(40));
            long drainSeconds = (drained - started) / 1_000_000_000;
            console.finish();

            Effects registrations = new Effects("registrations", "登记好了");
            Effects complaints = new Effects("complaints", "投诉已提交", "投诉已经提交了");
            Effects applications = new Effects("applications", "报名成功");
            Effects claims = new Effects("claims", "已提交,申请编号");
            try (Connection db = DriverManager.getConnection(DB, "root", "")) {
                for (FaultRunFollower f : people) {
                    long worker = FaultRunSeed.count(db, "SELECT COALESCE(MAX(worker_id), 0) FROM wx_follower "
                            + "WHERE appid = ? AND openid = ?", APPID, f.openid);
                    // A registration done twice would be confirmed twice ("登记好了" by customer-service message).
                    long confirmed = wechat.callsTo("/message/custom/send").stream()
                            .filter(c -> c.recipients().contains(f.openid) && c.body().contains("登记好了")).count();
                    registrations.count(f, f.registered, worker == 0 ? 0 : confirmed > 1 ? 2 : 1);
                    complaints.count(f, f.filed, FaultRunSeed.count(db, "SELECT COUNT(*) FROM complaint WHERE appid = ? "
                            + "AND openid = ? AND case_no IS NOT NULL", APPID, f.openid));
                    applications.count(f, f.applied, FaultRunSeed.count(db, "SELECT COUNT(*) FROM job_application "
                            + "WHERE job_id = ? AND worker_id = ?", job, worker));
                    claims.count(f, f.claimed, FaultRunSeed.count(db, "SELECT COUNT(*) FROM allowance_claim WHERE worker_id = ?",
                            worker));
                }
            }
            long sentAgain = people.stream().mapToLong(FaultRunFollower::sentAgain).sum();
            Map<String, Integer> sameTextTwice = new ConcurrentHashMap<>();
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            for (RecordedCall call : wechat.callsTo("/message/custom/send")) {
                if (call.succeeded() && !call.recipients().isEmpty()) {
                    String key = call.recipients().get(0) + "\u0000" + call.body();
                    if (seen.merge(key, 1, Integer::sum) > 1) {
                        sameTextTwice.merge(call.recipients().get(0), 1, Integer::sum);
                    }
                }
            }
            // An announcement goes by mass send to followers who never wrote, as template messages to workers.
            long templateRecipients = wechat.recipients(WeChatChannel.TEMPLATE) + wechat.recipients(WeChatChannel.MASS);
            long templateTwice = wechat.recipientsReceivingMoreThanOnce(WeChatChannel.TEMPLATE)
                    + wechat.recipientsReceivingMoreThanOnce(WeChatChannel.MASS);
            long seededMissed = 0;
            for (int i = 0; i < audience; i++) {
                seededMissed += wechat.receivedBy(prefix + String.format("%08d", i)) == 0 ? 1 : 0;
            }
            System.out.printf("fault run: %d followers x (8 turns + a complaint + an application + a fare claim with "
                            + "2 photos) in %d s; instance 2 killed after %d s, restarted and healthy %d s later%n", followers,
                    chatSeconds, (killedAt - started) / 1_000_000_000, (recovered - killedAt) / 1_000_000_000);
            for (Effects effects : List.of(registrations, complaints, applications, claims)) {
                System.out.println("  " + effects);
            }
            System.out.printf("  messages sent again when the platform asked (busy, too fast, sorry): %d%n", sentAgain);
            System.out.printf("  broadcast of %,d: every delivery settled %d s after the load began; template messages to %,d "
                            + "followers (template and mass send), %d of them more than once, %d seeded followers never reached; "
                            + "re-sends dropped by client_msg_id %d%n", audience, drainSeconds, templateRecipients,
                    templateTwice, seededMissed, wechat.templateRepeatsIgnored());
            System.out.printf("  WeChat retries (no answer in 5 s) %d, turns unanswered after 3 tries %d, "
                            + "customer-service duplicates %d (followers %d)%n", retries.get(), unanswered.get(),
                    sameTextTwice.values().stream().mapToInt(Integer::intValue).sum(), sameTextTwice.size());
            System.out.printf("  console (the broadcast's progress page, logged in, through nginx): %d answered, %d failed, "
                    + "logged in again %d times%n", console.ok.get(), console.failed.get(), console.relogins.get());
            for (Effects effects : List.of(registrations, complaints, applications, claims)) {
                effects.unfinished.forEach(f -> System.out.println("  unfinished " + effects.name + " of " + f.openid
                        + ", last turns:\n    " + f.lastTurns(6)));
                assertThat(effects.lost).as(effects.name + " lost").isZero();
                assertThat(effects.doubled).as(effects.name + " doubled").isZero();
            }
            assertThat(templateTwice).isZero();
            assertThat(seededMissed).isZero();
        } finally {
            if (!reuse) {
                sh(root, "stop");
            }
            wechat.close();
        }
    }

    /**
     * A turn's reply: in the answer itself, or (answered "success") as the customer-service message that follows.
     * Late replies are read in the order they came, each once, so a reply that took long is never taken for the
     * next turn's.
     */
    private String exchange(String openid, String xml, FakeWeChatApi wechat) {
        String reply = turn(openid, xml);
        if (reply != null && !reply.isEmpty()) {
            return reply;
        }
        // Wait for it as a worker would before typing the next answer.
        long deadline = System.nanoTime() + LATE_REPLY_WAIT_NANOS;
        int next = read.getOrDefault(openid, 0);
        while (System.nanoTime() < deadline) {
            List<RecordedCall> sent = wechat.callsTo("/message/custom/send").stream()
                    .filter(c -> c.succeeded() && c.recipients().contains(openid)).toList();
            if (sent.size() > next) {
                read.put(openid, next + 1);
                return sent.get(next).body();
            }
            sleep(200);
        }
        return "";
    }

    /** Until every delivery of the broadcast is settled (or the time is up); when that was. */
    private static long awaitDrained(long broadcast, int audience, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Connection db = DriverManager.getConnection(DB, "root", "")) {
            while (System.nanoTime() < deadline) {
                long queued = FaultRunSeed.count(db, "SELECT COUNT(*) FROM delivery WHERE source = ?", "broadcast:" + broadcast);
                long open = FaultRunSeed.count(db, "SELECT COUNT(*) FROM delivery WHERE source = ? "
                        + "AND status NOT IN ('SENT', 'FAILED', 'CANCELLED')", "broadcast:" + broadcast);
                if (queued >= audience && open == 0) {
                    return System.nanoTime();
                }
                sleep(2_000);
            }
        }
        return System.nanoTime();
    }
    /** One message as WeChat delivers it: up to three tries of the same MsgId, 5 s apart. */
    private String turn(String openid, String xml) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long sentAt = System.nanoTime();
            if (attempt > 0) {
                retries.incrementAndGet();
            }
            try {
                String timestamp = String.valueOf(Instant.now().getEpochSecond());
                String nonce = Long.toString(System.nanoTime(), 36);
                String query = "?signature=" + WeChatCrypto.sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp
                        + "&nonce=" + nonce;
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(BASE + "/wx/portal/" + APPID + query)).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Matcher content = Pattern.compile("<Content><!\\[CDATA\\[(.*?)]]></Content>", Pattern.DOTALL)
                            .matcher(response.body());
                    return content.find() ? content.group(1) : "";
                }
            } catch (Exception noAnswer) {
                // as WeChat: no answer is no answer
            }
            sleep(Math.max(0, 5_000 - (System.nanoTime() - sentAt) / 1_000_000));
        }
        unanswered.incrementAndGet();
        return null;
    }

    private static String idNumber() {
        var r = java.util.concurrent.ThreadLocalRandom.current();
        String first17 = "433101" + String.format("%04d%02d%02d%03d", 1981 + r.nextInt(20), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000));
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17)).value();
    }

    private static void sh(File root, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(new File(root, "scripts/cluster.sh").getPath()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root).inheritIO();
        builder.environment().put("FAKE_WECHAT", "external");
        int exit = builder.start().waitFor();
        if (exit != 0 && !"stop".equals(args[0])) {
            throw new IllegalStateException("scripts/cluster.sh " + String.join(" ", args) + " exited " + exit);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Console work during the run: the broadcast's progress page, in a logged-in session, every half second. */
    private static final class ConsoleProbe extends Thread {
        private final FaultRunConsole console;
        private final String username;
        private final String path;
        final AtomicLong ok = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong relogins = new AtomicLong();
        private volatile boolean running = true;

        ConsoleProbe(FaultRunConsole console, String username, String path) {
            this.console = console;
            this.username = username;
            this.path = path;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    if (console.open(path) == 200) {
                        ok.incrementAndGet();
                    } else {
                        // The session lived on the killed instance (sessions are per instance): log in again, as a clerk would.
                        failed.incrementAndGet();
                        console.login(username, FaultRunSeed.PASSWORD);
                        relogins.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                ClusterFaultRun.sleep(500);
            }
        }

        void finish() {
            running = false;
        }
    }

    /** One kind of effect: a worker told it succeeded with nothing stored (lost), two rows (doubled), not reached. */
    private static final class Effects {
        final String name;
        final List<String> success;
        long told;
        long lost;
        long doubled;
        final List<FaultRunFollower> unfinished = new ArrayList<>();

        Effects(String name, String... success) {
            this.name = name;
            this.success = List.of(success);
        }

        void count(FaultRunFollower follower, String reply, long rows) {
            boolean acknowledged = success.stream().anyMatch(reply::contains);
            told += acknowledged ? 1 : 0;
            lost += acknowledged && rows == 0 ? 1 : 0;
            doubled += rows > 1 ? 1 : 0;
            if (!acknowledged && unfinished.size() < 3) {
                unfinished.add(follower);
            }
        }

        @Override
        public String toString() {
            return String.format("%s: told it succeeded %d, lost %d, doubled %d", name, told, lost, doubled);
        }
    }
}
