package cn.laowu.devkit.fakewechat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Access tokens as WeChat issues them ({@code /cgi-bin/token}, {@code /cgi-bin/stable_token}) and whose each one is. */
final class Tokens {

    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();

    static boolean isTokenRequest(String path) {
        return path.endsWith("/cgi-bin/token") || path.endsWith("/cgi-bin/stable_token");
    }

    void registerAccount(String appid, String secret) {
        secrets.put(appid, secret);
    }

    void revoke() {
        owners.clear();
    }

    long issued() {
        return issued.get();
    }

    /** The account a call is made for: named in the query of a token request, else by its access token. */
    String appidOf(String path, Map<String, String> query) {
        return path.endsWith("/token") ? query.get("appid") : owners.get(query.get("access_token"));
    }

    /** A token request: {@code /token} carries appid and secret in the query, {@code /stable_token} in the body. */
    Answer answer(String path, Map<String, String> query, String body) {
        boolean plain = path.endsWith("/token");
        return issue(plain ? query.get("appid") : Json.field(body, "appid"),
                plain ? query.get("secret") : Json.field(body, "secret"));
    }

    private Answer issue(String appid, String secret) {
        if (appid == null || appid.isBlank()) {
            return Answer.failure(40013, "invalid appid");
        }
        String expected = secrets.get(appid);
        if (expected != null && !expected.equals(secret)) {
            return Answer.failure(40125, "invalid appsecret");
        }
        String token = "fake-token-" + appid + "-" + issued.incrementAndGet();
        owners.put(token, appid);
        return Answer.of("{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
    }
}
