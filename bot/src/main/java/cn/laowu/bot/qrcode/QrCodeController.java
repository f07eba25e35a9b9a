package cn.laowu.bot.qrcode;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.bot.dialog.SceneHandlers;
import cn.laowu.core.account.QrLinks;
import cn.laowu.core.support.RedisKeys;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * Draws a parametric QR code: the console links here with a signed scene (it never calls WeChat
 * itself), this asks WeChat for a ticket once, keeps it in Redis for the code's lifetime and
 * redirects to WeChat's picture. How long a code lives is its kind's ({@link SceneHandler#lifetime()}):
 * a broker's own code is permanent (WeChat allows 100,000), a shared job lasts 30 days.
 */
@RestController
public class QrCodeController {

    private static final Logger log = LoggerFactory.getLogger(QrCodeController.class);

    private final WeChatAccounts accounts;
    private final SceneHandlers scenes;
    private final QrLinks links;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public QrCodeController(WeChatAccounts accounts, SceneHandlers scenes, QrLinks links, StringRedisTemplate redis,
                            RedisKeys keys) {
        this.accounts = accounts;
        this.scenes = scenes;
        this.links = links;
        this.redis = redis;
        this.keys = keys;
    }

    @GetMapping("/wx/qrcode/{appid}")
    public ResponseEntity<String> qrCode(@PathVariable String appid, @RequestParam String scene,
                                         @RequestParam(required = false) String sig) {
        WeChatAccount account = accounts.find(appid).orElse(null);
        SceneHandler kind = scenes.of(scene).orElse(null);
        if (account == null || kind == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Not Found");
        }
        if (!links.verify(appid, scene, sig)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Forbidden");
        }
        try {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, account.api().getQrcodeService().qrCodePictureUrl(ticket(account, kind, scene)))
                    .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                    .build();
        } catch (WxErrorException e) {
            log.warn("QR code for {} not created: errcode {}", appid, e.getError() == null ? "?" : e.getError().getErrorCode());
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body("WeChat refused to create the QR code");
        }
    }

    private String ticket(WeChatAccount account, SceneHandler kind, String scene) throws WxErrorException {
        String key = keys.key("qr", account.appid(), scene);
        String cached = redis.opsForValue().get(key);
        if (cached != null) {
            return cached;
        }
        WxMpQrCodeTicket ticket;
        Duration keep;
        Duration lifetime = kind.lifetime();
        if (lifetime == null) {
            ticket = account.api().getQrcodeService().qrCodeCreateLastTicket(scene);
            keep = Duration.ofDays(365);
        } else {
            ticket = account.api().getQrcodeService().qrCodeCreateTmpTicket(scene, (int) lifetime.toSeconds());
            keep = lifetime.minusHours(1);
        }
        redis.opsForValue().set(key, ticket.getTicket(), keep);
        return ticket.getTicket();
    }
}
