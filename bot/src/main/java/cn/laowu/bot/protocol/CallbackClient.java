package cn.laowu.bot.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Speaks WeChat's side of the callback protocol: builds message and event XML, signs it (and
 * encrypts it in safe mode) exactly as WeChat's servers do, posts it, and opens the reply. Used
 * by the simulator page, the integration tests and the benchmark; never by the bot itself.
 */
public final class CallbackClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();
    private final String portalUrl;
    private final String appid;
    private final String token;
    private final WeChatCrypto crypto;
    private final Clock clock;

    /** @param baseUrl e.g. http://127.0.0.1:8080 */
    public CallbackClient(String baseUrl, String appid, String token, String encodingAesKey) {
        this(baseUrl, appid, token, encodingAesKey, Clock.systemUTC());
    }

    /** @param clock WeChat's clock for timestamps: the server's own in a test that moves time */
    public CallbackClient(String baseUrl, String appid, String token, String encodingAesKey, Clock clock) {
        this.clock = clock;
        this.portalUrl = baseUrl + "/wx/portal/" + appid;
        this.appid = appid;
        this.token = token;
        this.crypto = new WeChatCrypto(token, appid, encodingAesKey);
    }

    /** What came back: the HTTP status and body, and the reply opened (decrypted, parsed) when there was one. */
    public record Response(int status, String body, Map<String, String> reply) {
        public String content() {
            return reply == null ? null : reply.get("Content");
        }

        public boolean isSuccess() {
            return status == 200 && "success".equals(body);
        }
    }

    public Response send(String messageXml, boolean aes) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        return send(messageXml, aes, timestamp, nonce, WeChatCrypto.sha1(token, timestamp, nonce));
    }

    /** Sends with explicit signature parts, for tests of forged and stale requests. */
    public Response send(String messageXml, boolean aes, String timestamp, String nonce, String signature) {
        String body = messageXml;
        String query = "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        if (aes) {
            String encrypted = crypto.encrypt(messageXml);
            body = "<xml><ToUserName><![CDATA[" + appid + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                    + "]]></Encrypt></xml>";
            query += "&encrypt_type=aes&msg_signature=" + crypto.messageSignature(timestamp, nonce, encrypted);
        }
        return post(query, body, aes);
    }

    public Response post(String query, String body, boolean aes) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portalUrl + query))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "text/xml; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), open(response, aes));
        } catch (IOException e) {
            throw new IllegalStateException("Callback POST failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public Response verifyUrl(String timestamp, String nonce, String signature, String echostr) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portalUrl
                    + "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce + "&echostr=" + echostr))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Callback GET failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private Map<String, String> open(HttpResponse<String> response, boolean aes) {
        String body = response.body();
        if (response.statusCode() != 200 || body == null || !body.startsWith("<xml>")) {
            return null;
        }
        Map<String, String> fields = InboundXml.parse(body);
        if (aes) {
            String encrypted = fields.get("Encrypt");
            if (!crypto.verifyMessageSignature(fields.get("MsgSignature"), fields.get("TimeStamp"), fields.get("Nonce"),
                    encrypted)) {
                throw new IllegalStateException("Reply carries a wrong MsgSignature");
            }
            return InboundXml.parse(crypto.decrypt(encrypted));
        }
        return fields;
    }

    // --- what WeChat sends --------------------------------------------------------------------

    public static String text(String account, String openid, long msgId, String content) {
        return message(account, openid, "text", msgId, "<Content><![CDATA[" + ReplyXml.cdata(content) + "]]></Content>");
    }

    /** A voice message; {@code recognition} null when WeChat could not recognise it. */
    public static String voice(String account, String openid, long msgId, String recognition) {
        return message(account, openid, "voice", msgId, "<MediaId><![CDATA[media-" + msgId
                + "]]></MediaId><Format><![CDATA[amr]]></Format>"
                + (recognition == null ? "" : "<Recognition><![CDATA[" + ReplyXml.cdata(recognition) + "]]></Recognition>"));
    }

    public static String image(String account, String openid, long msgId) {
        return message(account, openid, "image", msgId, "<PicUrl><![CDATA[http://mmbiz.qpic.cn/fake/" + msgId
                + "]]></PicUrl><MediaId><![CDATA[media-" + msgId + "]]></MediaId>");
    }

    public static String location(String account, String openid, long msgId, double lat, double lng, String label) {
        return message(account, openid, "location", msgId, "<Location_X>" + lat + "</Location_X><Location_Y>" + lng
                + "</Location_Y><Scale>15</Scale><Label><![CDATA[" + ReplyXml.cdata(label) + "]]></Label>");
    }

    /** An event; the event key may be empty. */
    public static String event(String account, String openid, long createTime, String event, String eventKey) {
        return "<xml><ToUserName><![CDATA[" + account + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event><EventKey><![CDATA[" + ReplyXml.cdata(eventKey)
                + "]]></EventKey></xml>";
    }

    private static String message(String account, String openid, String type, long msgId, String fields) {
        return "<xml><ToUserName><![CDATA[" + account + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + java.time.Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA["
                + type + "]]></MsgType>" + fields + "<MsgId>" + msgId + "</MsgId></xml>";
    }
}
