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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for WeChat's HTTP API (api.weixin.qq.com): issues access tokens, accepts
 * customer-service, template, menu and QR-code calls, and records every request so tests and
 * the simulator can see exactly what the platform sent. WxJava reaches it through
 * {@code WxMpHostConfig#setApiHost(baseUrl())}.
 */
public final class FakeWeChatApi implements AutoCloseable {

    private static final int MAX_RECORDED = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokenOwners = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong tokensIssued = new AtomicLong();
    private volatile String lastMenu = "";

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
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
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

    /** What to give {@code WxMpHostConfig#setApiHost}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes token requests for this appid fail unless they carry this secret, as WeChat does. */
    public void registerAccount(String appid, String secret) {
        secrets.put(appid, secret);
    }

    /** The next {@code times} calls whose path ends with {@code pathSuffix} answer with this WeChat error code. */
    public void failNext(String pathSuffix, int errcode, int times) {
        failures.put(pathSuffix + "#" + errcode, times);
    }

    public List<RecordedCall> calls() {
        return Collections.unmodifiableList(new ArrayList<>(calls));
    }

    public List<RecordedCall> callsAfter(long seq) {
        return calls.stream().filter(call -> call.seq() > seq).toList();
    }

    public List<RecordedCall> callsTo(String pathSuffix) {
        return calls.stream().filter(call -> call.isTo(pathSuffix)).toList();
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

    public void clear() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String body = readBody(exchange.getRequestBody());
            String appid = path.endsWith("/token") ? query.get("appid") : tokenOwners.get(query.get("access_token"));
            record(new RecordedCall(sequence.incrementAndGet(), Instant.now(), exchange.getRequestMethod(), path,
                    query, body, appid));
            if (path.endsWith("/cgi-bin/media/get") && appid != null) {
                Optional<String> failure = injectedFailure(path);
                if (failure.isPresent()) {
                    respond(exchange, failure.get());
                    return;
                }
                // Temporary media (images workers send): some bytes standing for the picture.
                byte[] image = ("fake-image:" + query.get("media_id")).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                exchange.getResponseHeaders().set("Content-disposition", "attachment; filename=\"" + query.get("media_id") + ".jpg\"");
                exchange.sendResponseHeaders(200, image.length);
                exchange.getResponseBody().write(image);
                return;
            }
            respond(exchange, answer(path, query, body, appid));
        }
    }

    private void record(RecordedCall call) {
        calls.add(call);
        if (calls.size() > MAX_RECORDED) {
            calls.remove(0);
        }
    }

    private String answer(String path, Map<String, String> query, String body, String appid) {
        if (path.endsWith("/cgi-bin/token") || path.endsWith("/cgi-bin/stable_token")) {
            String requestedAppid = path.endsWith("/token") ? query.get("appid") : jsonField(body, "appid");
            String secret = path.endsWith("/token") ? query.get("secret") : jsonField(body, "secret");
            return issueToken(requestedAppid, secret);
        }
        if (appid == null) {
            return error(40001, "invalid credential, access_token is invalid or not latest");
        }
        Optional<String> injected = injectedFailure(path);
        if (injected.isPresent()) {
            return injected.get();
        }
        if (path.endsWith("/message/template/send")) {
            return "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + sequence.get() + "}";
        }
        if (path.endsWith("/menu/create")) {
            lastMenu = body;
            return ok();
        }
        if (path.endsWith("/menu/get")) {
            return lastMenu.isEmpty() ? error(46003, "menu no exist") : "{\"menu\":" + lastMenu + "}";
        }
        if (path.endsWith("/qrcode/create")) {
            long n = sequence.get();
            return "{\"ticket\":\"fake-ticket-" + n + "\",\"expire_seconds\":2592000,"
                    + "\"url\":\"http://weixin.qq.com/q/fake-" + n + "\"}";
        }
        if (path.endsWith("/user/info")) {
            return "{\"subscribe\":1,\"openid\":\"" + escape(query.getOrDefault("openid", "")) + "\",\"language\":\"zh_CN\"}";
        }
        return ok();
    }

    private String issueToken(String appid, String secret) {
        if (appid == null || appid.isBlank()) {
            return error(40013, "invalid appid");
        }
        String expected = secrets.get(appid);
        if (expected != null && !expected.equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        String token = "fake-token-" + appid + "-" + tokensIssued.incrementAndGet();
        tokenOwners.put(token, appid);
        return "{\"access_token\":\"" + token + "\",\"expires_in\":7200}";
    }

    private Optional<String> injectedFailure(String path) {
        for (Map.Entry<String, Integer> entry : failures.entrySet()) {
            String[] key = entry.getKey().split("#");
            if (path.endsWith(key[0]) && entry.getValue() > 0) {
                failures.computeIfPresent(entry.getKey(), (k, left) -> left - 1);
                return Optional.of(error(Integer.parseInt(key[1]), "injected failure"));
            }
        }
        return Optional.empty();
    }

    private static String ok() {
        return error(0, "ok");
    }

    private static String error(int code, String message) {
        return "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}";
    }

    /** Good enough for the flat JSON bodies of token requests; not a general parser. */
    private static String jsonField(String json, String field) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
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
    }
}
