package cn.laowu.devkit.fakewechat;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The account's other calls: JS-SDK tickets, the menu, QR codes, follower info and temporary media. */
final class AccountEndpoints {

    private volatile String lastMenu = "";
    private final Set<String> expiredMedia = ConcurrentHashMap.newKeySet();

    /** WeChat keeps temporary media 3 days; after that /media/get answers 40007 for the id. */
    void expireMedia(String mediaId) {
        expiredMedia.add(mediaId);
    }

    /** The 40007 answer when the media asked for has expired, else null. */
    Answer expired(Map<String, String> query) {
        return expiredMedia.contains(query.getOrDefault("media_id", "")) ? Answer.failure(40007, "invalid media_id") : null;
    }

    String lastMenu() {
        return lastMenu;
    }

    static boolean isMedia(String path) {
        return path.endsWith("/media/get");
    }

    /** The answer to one of these calls, or null when the path is none of them. */
    Answer answer(long seq, String path, Map<String, String> query, String body, String appid) {
        if (path.endsWith("/ticket/getticket")) {
            return Answer.of("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"fake-jsapi-ticket-" + appid + "\",\"expires_in\":7200}");
        }
        if (path.endsWith("/menu/create")) {
            lastMenu = body;
            return Answer.ok();
        }
        if (path.endsWith("/menu/get")) {
            return lastMenu.isEmpty() ? Answer.failure(46003, "menu no exist") : Answer.of("{\"menu\":" + lastMenu + "}");
        }
        if (path.endsWith("/qrcode/create")) {
            return Answer.of("{\"ticket\":\"fake-ticket-" + seq + "\",\"expire_seconds\":2592000,"
                    + "\"url\":\"http://weixin.qq.com/q/fake-" + seq + "\"}");
        }
        if (path.endsWith("/user/info")) {
            return Answer.of("{\"subscribe\":1,\"openid\":\"" + Json.escape(query.getOrDefault("openid", ""))
                    + "\",\"language\":\"zh_CN\"}");
        }
        return null;
    }

    /** Temporary media: the same media id always gives the same bytes, so tests can send a photo twice. */
    static void sendMedia(HttpExchange exchange, Map<String, String> query) throws IOException {
        byte[] image = ("fake-jpeg:" + query.getOrDefault("media_id", "")).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.getResponseHeaders().set("Content-disposition", "attachment; filename=\"media.jpg\"");
        exchange.sendResponseHeaders(200, image.length);
        exchange.getResponseBody().write(image);
    }
}
