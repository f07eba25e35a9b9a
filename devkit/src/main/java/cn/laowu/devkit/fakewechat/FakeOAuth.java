package cn.laowu.devkit.fakewechat;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WeChat's web authorisation as the fake serves it: {@code /connect/oauth2/authorize} redirects
 * at once to the page's {@code redirect_uri} with a one-time code (snsapi_base is silent), and
 * {@code /sns/oauth2/access_token} turns the code into the openid of the "phone" that asked: the
 * follower set with {@link FakeWeChatApi#browserFollower}, or the {@code fake_openid} parameter
 * of the authorise link (the simulator's phone pane adds it). A code works once, as WeChat's do.
 */
final class FakeOAuth {

    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private volatile String browserFollower;

    boolean handles(String path) {
        return path.endsWith("/connect/oauth2/authorize") || path.endsWith("/sns/oauth2/access_token");
    }

    void browserFollower(String openid) {
        browserFollower = openid;
    }

    long codesIssued() {
        return issued.get();
    }

    void handle(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (path.endsWith("/connect/oauth2/authorize")) {
            String openid = query.getOrDefault("fake_openid", browserFollower);
            String redirect = query.get("redirect_uri");
            if (redirect == null || openid == null) {
                json(exchange, 400, "{\"errcode\":40163,\"errmsg\":\"no browser follower set in the fake\"}");
                return;
            }
            String code = "fakecode" + UUID.randomUUID().toString().replace("-", "");
            codes.put(code, openid);
            issued.incrementAndGet();
            String state = query.getOrDefault("state", "");
            exchange.getResponseHeaders().set("Location", redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                    + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        String openid = codes.remove(query.getOrDefault("code", ""));
        if (openid == null) {
            json(exchange, 200, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
            return;
        }
        json(exchange, 200, "{\"access_token\":\"fake-oauth-" + UUID.randomUUID() + "\",\"expires_in\":7200,"
                + "\"refresh_token\":\"fake-refresh\",\"openid\":\"" + Json.escape(openid)
                + "\",\"scope\":\"snsapi_base\"}");
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
