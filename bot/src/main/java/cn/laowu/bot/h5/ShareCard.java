package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.support.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * The JS-SDK configuration of a page opened inside WeChat: the signature of this exact address
 * from the account's shared jsapi_ticket (WxJava keeps it in Redis for every instance), and the
 * share card (title, one line with the wage, the office's logo) set with
 * {@code updateAppMessageShareData} and {@code updateTimelineShareData} by {@code /h5/share.js}.
 */
@Component
class ShareCard {

    private static final Logger log = LoggerFactory.getLogger(ShareCard.class);

    private final H5Accounts accounts;
    private final Clock clock;

    ShareCard(H5Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The script tags, or "" when WeChat cannot be asked (no public address, ticket refused). */
    String script(WeChatAccount account, String pathAndQuery, String title, String summary, String linkPath) {
        String base = accounts.publicUrl().orElse(null);
        if (account == null || base == null) {
            return "";
        }
        try {
            String ticket = account.api().getJsapiTicket();
            String nonce = Text.randomCode(16);
            long timestamp = clock.instant().getEpochSecond();
            String signature = ShareSignature.sign(ticket, nonce, timestamp, base + pathAndQuery);
            return "<div id=\"lw-share\" hidden data-app-id=\"" + escape(account.appid()) + "\" data-timestamp=\"" + timestamp
                    + "\" data-nonce=\"" + nonce + "\" data-signature=\"" + signature + "\" data-title=\"" + escape(title)
                    + "\" data-desc=\"" + escape(summary) + "\" data-link=\"" + escape(base + linkPath)
                    + "\" data-img=\"" + escape(base + "/h5/logo.png") + "\"></div>"
                    + "<script src=\"https://res.wx.qq.com/open/js/jweixin-1.6.0.js\"></script>"
                    + "<script src=\"/h5/share.js\"></script>";
        } catch (Exception e) {
            // The page works without the card: WeChat then shares a plain link.
            log.warn("JS-SDK ticket for {} not available: {}", account.appid(), e.toString());
            return "";
        }
    }
}
