package cn.laowu.devkit.fakewechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for WeChat's HTTP API (api.weixin.qq.com): issues access tokens, accepts
 * customer-service, template, subscription-notice (bizsend), mass-send, menu and QR-code calls,
 * answers them as WeChat does, fails them on request (next N calls, per openid, or at a seeded
 * random rate), posts the signed TEMPLATESENDJOBFINISH / MASSSENDJOBFINISH events back to the
 * platform's callback, and records every request so tests and the simulator can see exactly what
 * the platform sent. WxJava reaches it through {@code WxMpHostConfig#setApiHost(baseUrl())}.
 */
public final class FakeWeChatApi implements AutoCloseable {

    private static final int MAX_RECORDED = 10_000;
    /** WeChat: "the same openid and client_msg_id within 10 minutes is sent only once". */
    static final Duration CLIENT_MSG_ID_WINDOW = Duration.ofMinutes(10);
    private static final int HANDLER_THREADS = 16;
    private static final Pattern TOUSER_LIST = Pattern.compile("\"touser\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TAG_ID = Pattern.compile("\"tag_id\"\\s*:\\s*\"?(\\d+)");
    private static final Map<String, Pattern> FIELD_PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern TO_ALL = Pattern.compile("\"is_to_all\"\\s*:\\s*true");

    private final HttpServer server;
    private final ExecutorService executor;
    // A deque with its own size: a copy-on-write list would copy 10,000 entries per call.
    private final Deque<RecordedCall> calls = new ConcurrentLinkedDeque<>();
    private final AtomicInteger recordedCount = new AtomicInteger();
    private volatile boolean keepingCalls = true;
    private final Map<String, String> tokenOwners = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> openidFailures = new ConcurrentHashMap<>();
    private final Map<String, RandomFailure> randomFailures = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> callsByPath = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> okByPath = new ConcurrentHashMap<>();
    private final Map<WeChatChannel, ReceiptCounter> receipts = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> tags = new ConcurrentHashMap<>();
    private final Set<String> templateBlockers = ConcurrentHashMap.newKeySet();
    private final ClientMsgIds clientMsgIds = new ClientMsgIds(CLIENT_MSG_ID_WINDOW);
    private final FinishEvents finishEvents = new FinishEvents();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong tokensIssued = new AtomicLong();
    private Random random = new Random(11);
    private volatile boolean countPerOpenid;
    private volatile long answerDelayMillis;
    private volatile String lastMenu = "";

    private record RandomFailure(int errcode, double fraction) {
    }

    /** @param audience for a mass send, the followers addressed before WeChat's filtering */
    private record Answer(String json, int errcode, List<String> recipients, int audience) {
        Answer(String json, int errcode, List<String> recipients) {
            this(json, errcode, recipients, recipients.size());
        }

        static Answer of(String json) {
            return new Answer(json, 0, List.of());
        }
    }

    static {
        // The JDK server writes headers and body as two segments; with Nagle on, the body waits
        // for the client's delayed ACK (40 ms a call), which would cap a benchmark at a few hundred
        // calls a second. Read once, when the JDK's server classes load, so it is set this early.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeWeChatApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on a free loopback port. */
    public static FakeWeChatApi start() {
        return start(0);
    }

    public static FakeWeChatApi start(int port) {
        try {
            // A deep accept backlog: a benchmark opens many connections at once at thousands of calls a second.
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            ExecutorService executor = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
                Thread thread = new Thread(runnable, "fake-wechat-api");
                thread.setDaemon(true);
                return thread;
            });
            FakeWeChatApi api = new FakeWeChatApi(server, executor);
            server.createContext("/", api::handle);
            server.setExecutor(executor);
            server.start();
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("Fake WeChat API did not start: " + e.getMessage(), e);
        }
    }

    /** WeChat's web authorisation (网页授权) and who the fake "phone browser" is. */
    private final FakeOAuth oauth = new FakeOAuth();

    /** The follower the next OAuth authorisation names, as if they opened the page on their phone. */
    public void browserFollower(String openid) {
        oauth.browserFollower(openid);
    }

    /** Authorisations sent back to the platform so far (a code each). */
    public long oauthCodesIssued() {
        return oauth.codesIssued();
    }

    /** What to give {@code WxMpHostConfig#setApiHost}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes token requests for this appid fail unless they carry this secret, as WeChat does. */
    public void registerAccount(String appid, String secret) {
        secrets.put(appid, secret);
    }

    /** Forgets every issued access token, as when WeChat expires them: calls answer 40001 until a new token is fetched. */
    public void revokeTokens() {
        tokenOwners.clear();
    }

    // --- failures ---------------------------------------------------------------------------

    /** The next {@code times} calls whose path ends with {@code pathSuffix} answer with this WeChat error code. */
    public void failNext(String pathSuffix, int errcode, int times) {
        failures.put(pathSuffix + "#" + errcode, times);
    }

    /**
     * Every call to a path ending with {@code pathSuffix} addressed to this openid answers with
     * this error code until cleared (43004 unsubscribed, 45015 window closed, 43101 not
     * subscribed...). A mass send is not failed by one follower: WeChat filters such openids
     * out silently, so they are left out of the receipts and counted in FilterCount.
     */
    public void failFor(String openid, String pathSuffix, int errcode) {
        openidFailures.computeIfAbsent(openid, k -> new ConcurrentHashMap<>()).put(pathSuffix, errcode);
    }

    /** Calls to paths ending with {@code pathSuffix} fail with this code at this rate (0..1), drawn from a seeded Random. */
    public void failRandomly(String pathSuffix, int errcode, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
        randomFailures.put(pathSuffix, new RandomFailure(errcode, fraction));
    }

    /** Restarts the random failures' sequence, so a single-threaded run fails the same calls every time. */
    public synchronized void randomSeed(long seed) {
        random = new Random(seed);
    }

    /**
     * Holds each answer this long after the message was taken (and counted as received), as
     * WeChat's own latency does: a sender killed meanwhile has had its message delivered without
     * hearing so, which is what a crash test needs to hit. Zero (the default) answers at once.
     */
    public void answerDelay(Duration delay) {
        answerDelayMillis = delay.toMillis();
    }

    /** Removes every configured failure: next-N, per openid and random. */
    public void clearFailures() {
        failures.clear();
        openidFailures.clear();
        randomFailures.clear();
    }

    public void clearFailuresFor(String openid) {
        openidFailures.remove(openid);
    }

    // --- finish events ----------------------------------------------------------------------

    /**
     * After each successful template or mass send for {@code appid}, posts WeChat's
     * TEMPLATESENDJOBFINISH / MASSSENDJOBFINISH event, signed with the account's {@code token},
     * to {@code <callbackBaseUrl>/wx/portal/<appid>}, asynchronously and shortly (see
     * {@link #finishEventDelay}) after answering, as WeChat does.
     */
    public void sendFinishEventsTo(String callbackBaseUrl, String appid, String token) {
        finishEvents.configure(new FinishEvents.Callback(callbackBaseUrl, appid, token));
    }

    public void stopFinishEvents(String appid) {
        finishEvents.stop(appid);
    }

    /** How long after answering a send its finish event is posted (200 ms unless changed). */
    public void finishEventDelay(Duration delay) {
        finishEvents.delay(delay);
    }

    /** Template messages to this openid finish with {@code failed:user block}, as when the worker refused them. */
    public void blockTemplatesFrom(String openid) {
        templateBlockers.add(openid);
    }

    public void unblockTemplatesFrom(String openid) {
        templateBlockers.remove(openid);
    }

    /** Finish events the callback answered with HTTP 200. */
    public long finishEventsPosted() {
        return finishEvents.posted();
    }

    /** Finish events the callback refused or could not be reached for (WeChat gives up too). */
    public long finishEventsFailed() {
        return finishEvents.failed();
    }

    // --- mass-send audience -----------------------------------------------------------------

    /** The followers carrying this tag, for mass sends by tag ({@code filter.tag_id}). */
    public void tag(long tagId, Collection<String> openids) {
        tags.put(tagId, List.copyOf(openids));
    }

    /** The account's followers, for mass sends to all ({@code filter.is_to_all}); tag 0 is used for them. */
    public void followers(Collection<String> openids) {
        tag(0, openids);
    }

    // --- what was received ------------------------------------------------------------------

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> callsAfter(long seq) {
        return calls.stream().filter(call -> call.seq() > seq).toList();
    }

    public List<RecordedCall> callsTo(String pathSuffix) {
        return calls.stream().filter(call -> call.isTo(pathSuffix)).toList();
    }

    /** Calls received on paths ending with {@code pathSuffix}, failed ones included; not capped like the recording. */
    /**
     * Whether each call is kept for {@link #callsTo} (counts are kept either way). A benchmark in
     * the platform's JVM turns it off: WeChat's servers are another process, and 10,000 calls kept
     * and replaced at thousands a second would be the fake's garbage in the heap being measured.
     */
    public void keepCalls(boolean keep) {
        keepingCalls = keep;
    }

    public long count(String pathSuffix) {
        return sum(callsByPath, pathSuffix);
    }

    /** Calls on paths ending with {@code pathSuffix} that were answered errcode 0. */
    public long countSucceeded(String pathSuffix) {
        return sum(okByPath, pathSuffix);
    }

    /**
     * Counts, from now on, how many messages each openid received by each channel: kept compact
     * (about 25 MB for a million openids), so a crash test can check "each exactly once". Off by default.
     */
    public void countPerOpenid(boolean enabled) {
        countPerOpenid = enabled;
    }

    /** Successful messages this openid received by any channel (needs {@link #countPerOpenid}). */
    public int receivedBy(String openid) {
        int total = 0;
        for (ReceiptCounter counter : receipts.values()) {
            total += counter.get(openid);
        }
        return total;
    }

    public int receivedBy(String openid, WeChatChannel channel) {
        ReceiptCounter counter = receipts.get(channel);
        return counter == null ? 0 : counter.get(openid);
    }

    /** Distinct openids that received at least one message by this channel. */
    public long recipients(WeChatChannel channel) {
        ReceiptCounter counter = receipts.get(channel);
        return counter == null ? 0 : counter.distinct();
    }

    /** Openids that received more than one message by this channel: 0 when each got exactly one. */
    public long recipientsReceivingMoreThanOnce(WeChatChannel channel) {
        ReceiptCounter counter = receipts.get(channel);
        return counter == null ? 0 : counter.receivedMoreThanOnce();
    }

    /** Some of those openids by name (up to 1,000), for a failing test's message. */
    public Set<String> openidsReceivingMoreThanOnce(WeChatChannel channel) {
        ReceiptCounter counter = receipts.get(channel);
        return counter == null ? Set.of() : counter.repeatedOpenids();
    }

    public long tokensIssued() {
        return tokensIssued.get();
    }

    public String lastMenu() {
        return lastMenu;
    }

    /** Waits for a matching call; polls because the platform sends from its own threads. */
    public Optional<RecordedCall> awaitCall(Predicate<RecordedCall> matcher, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<RecordedCall> found = calls.stream().filter(matcher).findFirst();
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Forgets the recorded calls, counters and receipts; configured failures and callbacks stay. */
    public void clear() {
        calls.clear();
        recordedCount.set(0);
        callsByPath.clear();
        okByPath.clear();
        receipts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String body = readBody(exchange.getRequestBody());
            if (oauth.handles(path)) {
                oauth.handle(exchange, path, query);
                return;
            }
            String appid = path.endsWith("/token") ? query.get("appid") : tokenOwners.get(query.get("access_token"));
            long seq = sequence.incrementAndGet();
            if (path.endsWith("/media/get") && appid != null) {
                Optional<Answer> failure = injectedFailure(path, body);
                record(new RecordedCall(seq, Instant.now(), exchange.getRequestMethod(), path, query, body, appid,
                        failure.map(Answer::errcode).orElse(0), List.of()));
                if (failure.isPresent()) {
                    respond(exchange, failure.get().json());
                    return;
                }
                // Temporary media: the same media id always gives the same bytes, so tests can send a photo twice.
                byte[] image = ("fake-jpeg:" + query.getOrDefault("media_id", "")).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                exchange.getResponseHeaders().set("Content-disposition", "attachment; filename=\"media.jpg\"");
                exchange.sendResponseHeaders(200, image.length);
                exchange.getResponseBody().write(image);
                return;
            }
            Answer answer = answer(seq, path, query, body, appid);
            record(new RecordedCall(seq, Instant.now(), exchange.getRequestMethod(), path, query, body, appid,
                    answer.errcode(), answer.recipients()));
            if (answer.errcode() == 0) {
                // Counted before answering, so a caller that has its answer also sees its receipt.
                countReceipts(path, answer.recipients());
            }
            long delay = answerDelayMillis;
            if (delay > 0) {
                sleep(delay);
            }
            respond(exchange, answer.json());
            if (answer.errcode() == 0) {
                postFinishEvent(seq, path, appid, answer);
            }
        }
    }

    private void record(RecordedCall call) {
        callsByPath.computeIfAbsent(call.path(), k -> new LongAdder()).increment();
        if (call.succeeded()) {
            okByPath.computeIfAbsent(call.path(), k -> new LongAdder()).increment();
        }
        if (!keepingCalls) {
            return;
        }
        calls.addLast(call);
        if (recordedCount.incrementAndGet() > MAX_RECORDED && calls.pollFirst() != null) {
            recordedCount.decrementAndGet();
        }
    }

    private void countReceipts(String path, List<String> recipients) {
        Optional<WeChatChannel> channel = WeChatChannel.of(path);
        if (countPerOpenid && channel.isPresent()) {
            ReceiptCounter counter = receipts.computeIfAbsent(channel.get(), k -> new ReceiptCounter());
            recipients.forEach(counter::add);
        }
    }

    private void postFinishEvent(long seq, String path, String appid, Answer answer) {
        List<String> recipients = answer.recipients();
        Optional<WeChatChannel> channel = WeChatChannel.of(path);
        if (channel.isEmpty() || !finishEvents.configuredFor(appid)) {
            return;
        }
        if (channel.get() == WeChatChannel.TEMPLATE && !recipients.isEmpty()) {
            String openid = recipients.get(0);
            finishEvents.templateFinished(appid, openid, seq,
                    templateBlockers.contains(openid) ? "failed:user block" : "success");
        }
        if (channel.get() == WeChatChannel.MASS) {
            finishEvents.massFinished(appid, seq, answer.audience(), recipients.size(), recipients.size(), 0);
        }
    }

    private Answer answer(long seq, String path, Map<String, String> query, String body, String appid) {
        if (path.endsWith("/cgi-bin/token") || path.endsWith("/cgi-bin/stable_token")) {
            String requestedAppid = path.endsWith("/token") ? query.get("appid") : jsonField(body, "appid");
            String secret = path.endsWith("/token") ? query.get("secret") : jsonField(body, "secret");
            return issueToken(requestedAppid, secret);
        }
        if (appid == null) {
            return failure(40001, "invalid credential, access_token is invalid or not latest");
        }
        Optional<Answer> injected = injectedFailure(path, body);
        if (injected.isPresent()) {
            return injected.get();
        }
        if (path.endsWith("/message/custom/send")) {
            return new Answer(ok(), 0, single(jsonField(body, "touser")));
        }
        if (path.endsWith("/message/template/send")) {
            return templateSend(seq, appid, body);
        }
        if (path.endsWith("/message/subscribe/bizsend")) {
            return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + seq + "}", 0,
                    single(jsonField(body, "touser")));
        }
        if (path.endsWith("/message/mass/send") || path.endsWith("/message/mass/sendall")) {
            return massSend(seq, path, body);
        }
        if (path.endsWith("/ticket/getticket")) {
            return Answer.of("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"fake-jsapi-ticket-" + appid + "\",\"expires_in\":7200}");
        }
        if (path.endsWith("/menu/create")) {
            lastMenu = body;
            return Answer.of(ok());
        }
        if (path.endsWith("/menu/get")) {
            return lastMenu.isEmpty() ? failure(46003, "menu no exist") : Answer.of("{\"menu\":" + lastMenu + "}");
        }
        if (path.endsWith("/qrcode/create")) {
            return Answer.of("{\"ticket\":\"fake-ticket-" + seq + "\",\"expire_seconds\":2592000,"
                    + "\"url\":\"http://weixin.qq.com/q/fake-" + seq + "\"}");
        }
        if (path.endsWith("/user/info")) {
            return Answer.of("{\"subscribe\":1,\"openid\":\"" + escape(query.getOrDefault("openid", ""))
                    + "\",\"language\":\"zh_CN\"}");
        }
        return Answer.of(ok());
    }

    /**
     * A template message carrying a {@code client_msg_id} already used for the same openid within
     * 10 minutes is accepted (errcode 0, the first send's msgid) but not delivered again, as WeChat
     * documents: it reaches nobody, so it is neither counted as received nor followed by a finish event.
     */
    private Answer templateSend(long seq, String appid, String body) {
        String openid = jsonField(body, "touser");
        String clientMsgId = jsonField(body, "client_msg_id");
        if (openid != null && clientMsgId != null && !clientMsgId.isEmpty()) {
            long first = clientMsgIds.firstMsgId(appid + "\n" + openid + "\n" + clientMsgId, seq);
            if (first != seq) {
                return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + first + "}", 0, List.of());
            }
        }
        return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + seq + "}", 0, single(openid));
    }

    /** How long a client_msg_id holds off repeats (WeChat: 10 minutes); shorter in a test that wants to see it lapse. */
    public void clientMsgIdWindow(Duration window) {
        clientMsgIds.window(window);
    }

    /** Template sends WeChat took as repeats of an earlier one (same openid and client_msg_id within 10 minutes). */
    public long templateRepeatsIgnored() {
        return clientMsgIds.repeats();
    }

    /**
     * WeChat accepts a mass send as a job and filters silently (unsubscribed, over the 4-a-month
     * limit), so the fake never fails it per follower: openids with a failure configured for the
     * mass path are filtered out. The monthly limit itself is not enforced, only recorded.
     */
    private Answer massSend(long seq, String path, String body) {
        List<String> audience;
        if (path.endsWith("/sendall")) {
            Matcher tag = TAG_ID.matcher(body);
            audience = TO_ALL.matcher(body).find() ? tags.getOrDefault(0L, List.of())
                    : tags.getOrDefault(tag.find() ? Long.parseLong(tag.group(1)) : -1L, List.of());
        } else {
            Matcher list = TOUSER_LIST.matcher(body);
            if (!list.find()) {
                return failure(40130, "invalid openid list size, at least two openid");
            }
            List<String> openids = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                openids.add(quoted.group(1));
            }
            if (openids.size() < 2 || openids.size() > 10_000) {
                return failure(40130, "invalid openid list size, at least two openid");
            }
            audience = openids;
        }
        List<String> reached = audience.stream().filter(openid -> openidFailure(openid, path).isEmpty()).toList();
        return new Answer("{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":" + seq
                + ",\"msg_data_id\":" + (2_000_000_000L + seq) + "}", 0, reached, audience.size());
    }

    private Answer issueToken(String appid, String secret) {
        if (appid == null || appid.isBlank()) {
            return failure(40013, "invalid appid");
        }
        String expected = secrets.get(appid);
        if (expected != null && !expected.equals(secret)) {
            return failure(40125, "invalid appsecret");
        }
        String token = "fake-token-" + appid + "-" + tokensIssued.incrementAndGet();
        tokenOwners.put(token, appid);
        return Answer.of("{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
    }

    private Optional<Answer> injectedFailure(String path, String body) {
        for (String key : failures.keySet()) {
            int hash = key.lastIndexOf('#');
            if (path.endsWith(key.substring(0, hash))) {
                // Decrement atomically so concurrent callers never take more failures than were asked for.
                boolean[] taken = new boolean[1];
                failures.computeIfPresent(key, (k, left) -> {
                    taken[0] = left > 0;
                    return left > 1 ? left - 1 : null;
                });
                if (taken[0]) {
                    return Optional.of(failure(Integer.parseInt(key.substring(hash + 1)), "injected failure"));
                }
            }
        }
        if (!path.contains("/message/mass/")) {
            String openid = jsonField(body, "touser");
            Optional<Integer> perOpenid = openid == null ? Optional.empty() : openidFailure(openid, path);
            if (perOpenid.isPresent()) {
                return Optional.of(failure(perOpenid.get(), "injected failure for this openid"));
            }
        }
        for (Map.Entry<String, RandomFailure> entry : randomFailures.entrySet()) {
            if (path.endsWith(entry.getKey()) && draw() < entry.getValue().fraction()) {
                return Optional.of(failure(entry.getValue().errcode(), "injected random failure"));
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> openidFailure(String openid, String path) {
        Map<String, Integer> byPath = openidFailures.get(openid);
        if (byPath == null) {
            return Optional.empty();
        }
        return byPath.entrySet().stream().filter(entry -> path.endsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sum(Map<String, LongAdder> byPath, String pathSuffix) {
        long total = 0;
        for (Map.Entry<String, LongAdder> entry : byPath.entrySet()) {
            if (entry.getKey().endsWith(pathSuffix)) {
                total += entry.getValue().sum();
            }
        }
        return total;
    }

    private static List<String> single(String openid) {
        return openid == null ? List.of() : List.of(openid);
    }

    private static Answer failure(int code, String message) {
        return new Answer(error(code, message), code, List.of());
    }

    private static String ok() {
        return error(0, "ok");
    }

    private static String error(int code, String message) {
        return "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}";
    }

    /** Good enough for the flat JSON bodies of token requests; not a general parser. */
    private static String jsonField(String json, String field) {
        Matcher matcher = FIELD_PATTERNS.computeIfAbsent(field,
                f -> Pattern.compile("\"" + f + "\"\\s*:\\s*\"([^\"]*)\"")).matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        finishEvents.close();
    }
}
