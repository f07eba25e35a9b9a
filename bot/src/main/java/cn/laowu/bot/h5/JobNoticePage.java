package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.broadcast.NoticeOptIns;
import me.chanjar.weixin.common.bean.WxJsapiSignature;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Optional;

/**
 * 岗位推荐 for one follower, on the phone: WeChat's own subscribe button (wx-open-subscribe, which
 * asks the worker in WeChat's pop-up and tells us by event), and a plain switch to stop or resume
 * every broadcast. Opened from the signed link the bot sends on 订阅.
 */
@RestController
public class JobNoticePage {

    private static final Logger log = LoggerFactory.getLogger(JobNoticePage.class);
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    static final String WITHOUT_SUBSCRIPTION = "<div id=\"how\"><p>这个公众号还不能订阅岗位推荐,您会这样收到:</p><ul>"
            + "<li>您在公众号里说过话(发过消息、点过菜单)的48小时内,有合适的岗位会直接发到这里的聊天中;</li>"
            + "<li>超过48小时没说话,微信不让我们再发岗位给您。想一直收到,隔一两天回复一句 找工作 就行,"
            + "也可以随时回复 找工作 自己看;</li>"
            + "<li>招聘会等通知公告,每月最多4次,会以群发消息发给您。</li></ul></div>";

    private final WeChatAccounts accounts;
    private final JobNoticeLinks links;
    private final NoticeOptIns optIns;
    private final String publicUrl;

    public JobNoticePage(WeChatAccounts accounts, JobNoticeLinks links, NoticeOptIns optIns,
                         WeChatProperties properties) {
        this.accounts = accounts;
        this.links = links;
        this.optIns = optIns;
        this.publicUrl = properties.publicUrl();
    }

    @GetMapping("/h5/job-notices/{appid}")
    public ResponseEntity<String> page(@PathVariable String appid, @RequestParam(name = "o", required = false) String openid,
                                       @RequestParam(required = false) String sig,
                                       @RequestParam(required = false) String saved) {
        WeChatAccount account = accounts.find(appid).orElse(null);
        if (account == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(message("找不到这个公众号。"));
        }
        if (!links.verify(appid, openid, sig)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(HTML)
                    .body(message("链接不对或不完整。请在公众号里回复 订阅,用新发给您的链接打开。"));
        }
        boolean wants = !optIns.explicitlyRefused(appid, openid, NoticeOptIns.ALL);
        StringBuilder html = new StringBuilder(head("岗位推荐"));
        html.append("<h1>岗位推荐</h1><p>有适合您的正规岗位时,公众号会推送给您:每周最多3条,晚上10点到早上7点不发。</p>");
        if ("1".equals(saved)) {
            html.append("<p class=\"ok\">已保存。</p>");
        }
        Optional<String> button = subscribeButton(account, appid, openid, sig);
        // Without the subscribe button the worker is told plainly how notices reach them, not left with a bare switch.
        html.append(button.orElse(WITHOUT_SUBSCRIPTION));
        html.append("<p>现在:").append(wants ? "接收推送" : "不接收推送").append("</p>")
                .append("<form method=\"post\" action=\"").append(escape(JobNoticeLinks.path(appid, openid)))
                .append("\"><input type=\"hidden\" name=\"sig\" value=\"").append(escape(sig))
                .append("\"><input type=\"hidden\" name=\"want\" value=\"").append(!wants).append("\">")
                .append("<button class=\"switch\">").append(wants ? "不再接收推送" : "恢复接收推送")
                .append("</button></form><p class=\"small\">您自己的报名、投诉、补贴进展,不管选哪个都照常告诉您。</p>");
        return ResponseEntity.ok().contentType(HTML).body(html.append("</body></html>").toString());
    }

    @PostMapping("/h5/job-notices/{appid}")
    public ResponseEntity<String> save(@PathVariable String appid, @RequestParam(name = "o", required = false) String openid,
                                       @RequestParam(required = false) String sig, @RequestParam boolean want) {
        if (accounts.find(appid).isEmpty() || !links.verify(appid, openid, sig)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(HTML).body(message("链接不对,没有保存。"));
        }
        optIns.wantsBroadcasts(appid, openid, want);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, links.signedPath(appid, openid) + "&saved=1").build();
    }

    /** WeChat's button, configured with a JS-SDK signature for this exact page address. */
    private Optional<String> subscribeButton(WeChatAccount account, String appid, String openid, String sig) {
        WeChatProperties.NoticeTemplate template = account.config().jobNotice();
        if (template == null || template.id() == null || template.id().isBlank() || publicUrl == null) {
            return Optional.empty();
        }
        try {
            WxJsapiSignature signature = account.api().createJsapiSignature(
                    publicUrl + JobNoticeLinks.path(appid, openid) + "&sig=" + sig);
            return Optional.of("<div id=\"wx\" data-app-id=\"" + escape(appid) + "\" data-timestamp=\""
                    + signature.getTimestamp() + "\" data-nonce=\"" + escape(signature.getNonceStr())
                    + "\" data-signature=\"" + escape(signature.getSignature()) + "\">"
                    + "<wx-open-subscribe template=\"" + escape(template.id()) + "\" id=\"subscribe\">"
                    + "<script type=\"text/wxtag-template\"><button class=\"subscribe\">订阅岗位推荐</button></script>"
                    + "</wx-open-subscribe><p id=\"subscribed\" class=\"ok\" hidden>订阅好了,有合适的岗位会推送给您。</p></div>"
                    + "<script src=\"https://res.wx.qq.com/open/js/jweixin-1.6.0.js\"></script>"
                    + "<script src=\"/h5/job-notices.js\"></script>");
        } catch (WxErrorException | RuntimeException e) {
            // Without the button the page still offers the switch; the worker can try again later.
            log.warn("JS-SDK signature for {} not available: {}", appid, e.toString());
            return Optional.empty();
        }
    }

    private static String message(String text) {
        return head("岗位推荐") + "<p>" + escape(text) + "</p></body></html>";
    }

    private static String head(String title) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/h5/h5.css\"></head><body>";
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
