package cn.laowu.bot.bench;

import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.bot.protocol.WeChatCrypto;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * The fault run (README, "Several instances"): scripts/cluster.sh starts two production jars
 * behind nginx; simulated followers register through nginx (8 turns each) while instance 2 is
 * killed with SIGKILL and later restarted. WeChat is simulated as it behaves: no answer within
 * 5 s → the same message (same MsgId) again, three tries in all. Counted at the end: registrations
 * lost or doubled, dialogs that did not finish, customer-service messages sent twice.
 * Run by scripts/fault-run.sh; skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "laowu.faultrun", matches = "true")
class ClusterFaultRun {

    private static final String BASE = "http://127.0.0.1:18180";
    private static final String APPID = "wxcluster00000001";
    private static final String TOKEN = "clustertoken";
    private static final String DB = "jdbc:mysql://127.0.0.1:3306/laowu_cluster?characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    private static final String VILLAGE = "故障演练村";
    private static final String[] TURNS_AFTER_PHONE = {VILLAGE, "2", "5", "0"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong msgIds = new AtomicLong(System.currentTimeMillis() * 1000);
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final Map<String, String> finalReply = new ConcurrentHashMap<>();

    @Test
    void killAnInstanceUnderChatLoad() throws Exception {
        int followers = Integer.getInteger("laowu.faultrun.followers", 40);
        File root = new File(System.getProperty("laowu.faultrun.root", "..")).getCanonicalFile();
        FakeWeChatApi wechat = FakeWeChatApi.start(18189);
        wechat.registerAccount(APPID, "cluster-secret");
        // laowu.faultrun.reuse: the cluster is already up (scripts/cluster.sh start 2 with FAKE_WECHAT=external).
        boolean reuse = Boolean.getBoolean("laowu.faultrun.reuse");
        try {
            if (!reuse) {
                sh(root, "start", "2");
            }
            seedVillage();
            ExecutorService pool = Executors.newFixedThreadPool(followers);
            List<String[]> people = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < followers; i++) {
                String openid = "ofault" + Long.toString(System.nanoTime(), 36) + i;
                String id = idNumber();
                people.add(new String[] {openid, id});
                pool.submit(() -> register(openid, "故障" + (char) ('甲' + Math.floorMod(openid.hashCode(), 20)), id,
                        "139" + String.format("%08d", Math.floorMod(id.hashCode(), 100_000_000)), wechat));
            }
            ConsoleProbe console = new ConsoleProbe(http, BASE + "/console/login");
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
            assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).isTrue();
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            console.finish();
            restart.join(Duration.ofMinutes(10).toMillis());
            long recovered = System.nanoTime();

            int lost = 0;
            try (Connection db = DriverManager.getConnection(DB, "root", "")) {
                for (String[] person : people) {
                    lost += count(db, person[0]) == 0 ? 1 : 0;
                }
            }
            // A registration done twice would be confirmed twice ("登记好了" by customer-service message).
            long doubled = people.stream().filter(p -> wechat.callsTo("/message/custom/send").stream()
                    .filter(c -> c.recipients().contains(p[0]) && c.body().contains("登记好了")).count() > 1).count();
            long finished = people.stream().filter(p -> finalReply.getOrDefault(p[0], "").contains("登记好了")).count();
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
            System.out.printf("fault run: %d followers x 8 turns in %d s; instance 2 killed after %d s, "
                            + "restarted and healthy %d s later%n", followers, seconds,
                    (killedAt - started) / 1_000_000_000, (recovered - killedAt) / 1_000_000_000);
            System.out.printf("  registrations lost %d, doubled %d; dialogs finished %d of %d%n", lost, doubled,
                    finished, followers);
            System.out.printf("  WeChat retries (no answer in 5 s) %d, turns unanswered after 3 tries %d, "
                            + "customer-service duplicates %d (followers %d)%n", retries.get(), unanswered.get(),
                    sameTextTwice.values().stream().mapToInt(Integer::intValue).sum(), sameTextTwice.size());
            assertThat(lost).isZero();
            assertThat(doubled).isZero();
            System.out.printf("  console pages through nginx during the run: %d answered, %d failed%n",
                    console.ok.get(), console.failed.get());
        } finally {
            if (!reuse) {
                sh(root, "stop");
            }
            wechat.close();
        }
    }

    private void register(String openid, String name, String id, String phone, FakeWeChatApi wechat) {
        List<String> turns = new ArrayList<>(List.of("实名登记", name, id, phone));
        turns.addAll(List.of(TURNS_AFTER_PHONE));
        for (String text : turns) {
            int before = wechat.receivedBy(openid);
            String reply = turn(openid, text);
            if (reply == null || reply.isEmpty()) {
                // Answered "success": the reply comes as a customer-service message; wait for it
                // as a worker would before typing the next answer.
                long deadline = System.nanoTime() + 15_000_000_000L;
                while (wechat.receivedBy(openid) == before && System.nanoTime() < deadline) {
                    sleep(200);
                }
                reply = wechat.callsTo("/message/custom/send").stream()
                        .filter(c -> c.recipients().contains(openid)).reduce((a, b) -> b)
                        .map(RecordedCall::body).orElse("");
            }
            finalReply.put(openid, reply);
        }
    }

    /** One message as WeChat delivers it: up to three tries of the same MsgId, 5 s apart. */
    private String turn(String openid, String text) {
        long msgId = msgIds.incrementAndGet();
        String xml = CallbackClient.text("gh_cluster", openid, msgId, text);
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

    private static void seedVillage() throws Exception {
        try (Connection db = DriverManager.getConnection(DB, "root", "")) {
            db.createStatement().executeUpdate("INSERT IGNORE INTO region (code, parent_code, name, level, path, sort_order) "
                    + "VALUES ('433100', NULL, '湘西土家族苗族自治州', 'PREFECTURE', '/433100/', 0), "
                    + "('433101', '433100', '故障演练县', 'COUNTY', '/433100/433101/', 0), "
                    + "('433101901', '433101', '故障演练镇', 'TOWNSHIP', '/433100/433101/433101901/', 0), "
                    + "('433101901201', '433101901', '" + VILLAGE + "', 'VILLAGE', "
                    + "'/433100/433101/433101901/433101901201/', 0)");
        }
    }

    /** Workers registered from this follower's chat (the binding of the openid to a worker). */
    private static int count(Connection db, String openid) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(DISTINCT worker_id) FROM wx_follower "
                + "WHERE appid = ? AND openid = ? AND worker_id IS NOT NULL")) {
            s.setString(1, APPID);
            s.setString(2, openid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
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

    /** Console work during the run: the login page through nginx every half second. */
    private static final class ConsoleProbe extends Thread {
        private final HttpClient http;
        private final String url;
        final AtomicLong ok = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        private volatile boolean running = true;

        ConsoleProbe(HttpClient http, String url) {
            this.http = http;
            this.url = url;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? ok : failed).incrementAndGet();
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
}
