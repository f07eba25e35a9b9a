package cn.laowu.devkit.fakewechat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts WeChat's job-finish events back to the platform's callback, signed in plain mode as
 * WeChat does ({@code signature} = SHA-1 of the sorted token, timestamp and nonce). A bounded
 * queue and caller-runs back-pressure keep a million sends from piling events up in memory.
 */
final class FinishEvents implements AutoCloseable {

    /** Where events for one account go. */
    record Callback(String baseUrl, String appid, String token) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Callback> callbacks = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor posters = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), runnable -> {
        Thread thread = new Thread(runnable, "fake-wechat-events");
        thread.setDaemon(true);
        return thread;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Set<String> templateBlockers = ConcurrentHashMap.newKeySet();
    private volatile Duration delay = Duration.ofMillis(200);

    void configure(Callback callback) {
        callbacks.put(callback.appid(), callback);
    }

    void stop(String appid) {
        callbacks.remove(appid);
    }

    boolean configuredFor(String appid) {
        return appid != null && callbacks.containsKey(appid);
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    long posted() {
        return posted.get();
    }

    long failed() {
        return failed.get();
    }

    void blockTemplatesFrom(String openid) {
        templateBlockers.add(openid);
    }

    void unblockTemplatesFrom(String openid) {
        templateBlockers.remove(openid);
    }

    /** After a successful send: a template's or mass send's finish event, when the account has a callback. */
    void afterSend(long seq, String path, String appid, Answer answer) {
        List<String> recipients = answer.recipients();
        Optional<WeChatChannel> channel = WeChatChannel.of(path);
        if (channel.isEmpty() || !configuredFor(appid)) {
            return;
        }
        if (channel.get() == WeChatChannel.TEMPLATE && !recipients.isEmpty()) {
            String openid = recipients.get(0);
            templateFinished(appid, openid, seq, templateBlockers.contains(openid) ? "failed:user block" : "success");
        }
        if (channel.get() == WeChatChannel.MASS) {
            massFinished(appid, seq, answer.audience(), recipients.size(), recipients.size(), 0);
        }
    }

    void templateFinished(String appid, String openid, long msgId, String status) {
        enqueue(appid, openid, "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>" + msgId
                + "</MsgID><Status><![CDATA[" + status + "]]></Status>");
    }

    void massFinished(String appid, long msgId, int total, int filtered, int sent, int errors) {
        // WeChat sends it from the account's mass-send assistant, not from a follower.
        enqueue(appid, "o_mass_send_assistant", "<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>" + msgId
                + "</MsgID><Status><![CDATA[send success]]></Status><TotalCount>" + total + "</TotalCount>"
                + "<FilterCount>" + filtered + "</FilterCount><SentCount>" + sent + "</SentCount><ErrorCount>"
                + errors + "</ErrorCount>");
    }

    private void enqueue(String appid, String openid, String eventFields) {
        Callback callback = callbacks.get(appid);
        if (callback == null) {
            return;
        }
        long due = System.nanoTime() + delay.toNanos();
        posters.execute(() -> {
            waitUntil(due);
            post(callback, openid, eventXml(callback.appid(), openid, eventFields));
        });
    }

    static String eventXml(String appid, String openid, String eventFields) {
        return "<xml><ToUserName><![CDATA[" + originalId(appid) + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType>" + eventFields + "</xml>";
    }

    /** The account's gh_ id as the simulator derives it; the platform routes by appid in the URL. */
    static String originalId(String appid) {
        return "gh_" + (appid.length() > 2 ? appid.substring(2, Math.min(14, appid.length())) : appid);
    }

    private void post(Callback callback, String openid, String xml) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String url = callback.baseUrl() + "/wx/portal/" + callback.appid() + "?signature="
                + sha1(callback.token(), timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=" + URLEncoder.encode(openid, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            (response.statusCode() == 200 ? posted : failed).incrementAndGet();
        } catch (java.io.IOException e) {
            failed.incrementAndGet();
        } catch (InterruptedException e) {
            failed.incrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    /** WeChat's URL signature: SHA-1 over the sorted parts, concatenated. */
    static String sha1(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(long dueNanos) {
        long left = dueNanos - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        posters.shutdownNow();
    }
}
