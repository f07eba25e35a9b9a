package cn.laowu.bot.callback;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.conversation.ConversationService;
import cn.laowu.bot.conversation.MachineEvents;
import cn.laowu.bot.conversation.SignedQuery;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.bot.protocol.InboundXml;
import cn.laowu.bot.protocol.ReplyXml;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The callback WeChat calls for each official account. Every request is authenticated by its
 * signature and timestamp before its body is read; anything forged, stale, oversized or
 * malformed is refused with a short status and no side effect, and logged without content.
 */
@RestController
@RequestMapping("/wx/portal/{appid}")
public class WeChatPortalController {

    private static final Logger log = LoggerFactory.getLogger(WeChatPortalController.class);
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final WeChatAccounts accounts;
    private final ConversationService conversations;
    private final MachineEvents machineEvents;
    private final WeChatProperties settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WeChatPortalController(WeChatAccounts accounts, ConversationService conversations,
                                  MachineEvents machineEvents, WeChatProperties settings, Clock clock) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.machineEvents = machineEvents;
        this.settings = settings;
        this.clock = clock;
    }

    /** WeChat's server-address verification: echo echostr back when the signature is right. */
    @GetMapping
    public ResponseEntity<String> verify(@PathVariable String appid,
                                         @RequestParam(required = false) String signature,
                                         @RequestParam(required = false) String timestamp,
                                         @RequestParam(required = false) String nonce,
                                         @RequestParam(required = false) String echostr) {
        WeChatAccount account = accounts.find(appid).orElse(null);
        if (account == null) {
            return refuse(HttpStatus.NOT_FOUND, appid, "unknown account");
        }
        if (!fresh(timestamp) || !account.crypto().verifySignature(signature, timestamp, nonce) || echostr == null) {
            return refuse(HttpStatus.FORBIDDEN, appid, "bad signature on verification");
        }
        return ResponseEntity.ok().contentType(TEXT).body(echostr);
    }

    /**
     * A message or event. Query parameters are read from the request directly: this is the hot
     * path, and per-parameter argument resolution costs more than the signature check.
     */
    @PostMapping
    public ResponseEntity<String> receive(@PathVariable String appid, HttpServletRequest request) throws IOException {
        String signature = request.getParameter("signature");
        String timestamp = request.getParameter("timestamp");
        String nonce = request.getParameter("nonce");
        String openid = request.getParameter("openid");
        String encryptType = request.getParameter("encrypt_type");
        String msgSignature = request.getParameter("msg_signature");
        WeChatAccount account = accounts.find(appid).orElse(null);
        if (account == null) {
            return refuse(HttpStatus.NOT_FOUND, appid, "unknown account");
        }
        if (!fresh(timestamp) || !account.crypto().verifySignature(signature, timestamp, nonce)) {
            return refuse(HttpStatus.FORBIDDEN, appid, "bad or stale signature");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, appid, "body over 64 KB");
        }
        String body = readCapped(request.getInputStream());
        if (body == null) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, appid, "body over 64 KB");
        }
        boolean aes = "aes".equalsIgnoreCase(encryptType);
        InboundMessage message;
        String xml;
        try {
            xml = body;
            if (aes) {
                if (!account.crypto().supportsEncryption()) {
                    return refuse(HttpStatus.BAD_REQUEST, appid, "safe mode without an EncodingAESKey");
                }
                String encrypted = InboundXml.parse(body).get("Encrypt");
                if (!account.crypto().verifyMessageSignature(msgSignature, timestamp, nonce, encrypted)) {
                    return refuse(HttpStatus.FORBIDDEN, appid, "bad msg_signature");
                }
                xml = account.crypto().decrypt(encrypted);
            }
            message = InboundMessage.of(InboundXml.parse(xml));
        } catch (IllegalArgumentException e) {
            return refuse(HttpStatus.BAD_REQUEST, appid, e.getMessage());
        }
        if (openid != null && !openid.equals(message.openid())) {
            return refuse(HttpStatus.BAD_REQUEST, appid, "openid does not match FromUserName");
        }
        if (machineEvents.handled(account.appid(), message)) {
            // Finish events, pop-up answers, unfollows: no person waits, and no dialog is involved.
            return ResponseEntity.ok().contentType(TEXT).body("success");
        }
        // The decrypted message is compared, not the body: a retry re-encrypted by WeChat is the same message.
        Reply reply;
        try {
            reply = conversations.handle(account, message,
                    SignedQuery.of(timestamp, nonce, signature, xml, settings.maxClockSkew(), clock));
        } catch (SignedQuery.Reused forged) {
            return refuse(HttpStatus.FORBIDDEN, appid, forged.getMessage());
        }
        if (reply.isNone()) {
            return ResponseEntity.ok().contentType(TEXT).body("success");
        }
        xml = ReplyXml.text(message.openid(), message.toUser(), clock.instant().getEpochSecond(), reply.text());
        if (aes) {
            String replyNonce = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            xml = account.crypto().encryptedEnvelope(xml, String.valueOf(clock.instant().getEpochSecond()), replyNonce);
        }
        return ResponseEntity.ok().contentType(XML).body(xml);
    }

    /** Within the configured window of now: an old signed request is a replay, not a retry. */
    private boolean fresh(String timestamp) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= settings.maxClockSkew().toSeconds();
    }

    /** The body as UTF-8, or null when it is longer than allowed (chunked bodies have no Content-Length). */
    private static String readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static ResponseEntity<String> refuse(HttpStatus status, String appid, String reason) {
        log.warn("Refused a WeChat callback for {}: {}", sanitize(appid), reason);
        return ResponseEntity.status(status).contentType(TEXT).body(status.getReasonPhrase());
    }

    /** An appid from the URL is attacker-controlled: keep log lines one line and short. */
    private static String sanitize(String text) {
        String cleaned = text == null ? "" : text.replaceAll("[^0-9A-Za-z_-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
