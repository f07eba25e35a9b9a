package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.allowance.Objections;
import cn.laowu.core.allowance.PublicNotice;
import cn.laowu.core.region.Region;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * 公示异议 from inside WeChat: the 公示 page links here; WeChat's silent OAuth says who the reader
 * is, so the objection is one known person's (one per claim, rate-limited), without asking for a
 * phone. The form carries the follower's CSRF token.
 */
@RestController
public class ObjectionPageController {

    private final PublicNotice notice;
    private final Objections objections;
    private final H5Accounts accounts;
    private final H5Identity identity;
    private final OAuthController oauth;

    public ObjectionPageController(PublicNotice notice, Objections objections, H5Accounts accounts, H5Identity identity,
                                   OAuthController oauth) {
        this.notice = notice;
        this.objections = objections;
        this.accounts = accounts;
        this.identity = identity;
        this.oauth = oauth;
    }

    @GetMapping("/h5/objection/{regionCode}")
    public ResponseEntity<String> form(@PathVariable String regionCode, HttpServletRequest request) {
        Region region = region(regionCode);
        if (region == null) {
            return H5Html.message(HttpStatus.NOT_FOUND, "没有找到这个公示", "请回到公示名单重新打开。", null);
        }
        WeChatAccount account = accounts.forRegion(region.getPath()).orElse(null);
        H5Identity.Who who = account == null ? null
                : identity.read(request).filter(w -> w.appid().equals(account.appid())).orElse(null);
        if (who == null) {
            return (account == null ? java.util.Optional.<String>empty() : oauth.authorizeUrl(account, "o." + region.getCode()))
                    .map(ApplyController::redirect)
                    .orElseGet(() -> H5Html.message(HttpStatus.OK, "请在微信里打开", "不在微信里的,请在公示页面留下电话号码提出异议。",
                            back(region)));
        }
        return page(region, who, null, null, HttpStatus.OK);
    }

    @PostMapping("/h5/objection/{regionCode}")
    public ResponseEntity<String> lodge(@PathVariable String regionCode, @RequestParam(required = false) String number,
                                        @RequestParam(required = false) String text,
                                        @RequestParam(required = false) String csrf, HttpServletRequest request) {
        Region region = region(regionCode);
        H5Identity.Who who = identity.read(request).orElse(null);
        if (region == null || who == null || !identity.csrfMatches(who, target(region), csrf)) {
            return H5Html.message(HttpStatus.FORBIDDEN, "没有提交", "页面过期了,请回到公示名单重新点「提出异议」。", null);
        }
        try {
            objections.lodge(region.getPath(), number, text, Objections.Objector.follower(who.appid(), who.openid()), "PAGE",
                    request.getRemoteAddr());
        } catch (RuleViolation e) {
            return page(region, who, e.getMessage(), text, HttpStatus.OK);
        }
        return H5Html.message(HttpStatus.OK, "已收到您的异议", "县里会核查;核查清楚前这一条标为“有异议,核查中”,不会发放。"
                + "您的身份不会公开。谢谢您的监督!", back(region));
    }

    private ResponseEntity<String> page(Region region, H5Identity.Who who, String error, String text, HttpStatus status) {
        PublicNotice.Office office = notice.office(region);
        StringBuilder html = new StringBuilder(H5Html.head("公示异议")).append("<div class=\"lw-wrap\"><h2>")
                .append(escape(region.getName())).append("补贴公示 · 提出异议</h2>");
        if (error != null) {
            html.append("<p style=\"color:#b02a37\">").append(escape(error)).append("</p>");
        }
        html.append("<form method=\"post\" action=\"/h5/objection/").append(region.getCode()).append("\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(identity.csrf(who, target(region))).append("\">")
                .append("<p>名单编号</p><input class=\"weui-input\" name=\"number\" inputmode=\"numeric\" maxlength=\"10\" required>")
                .append("<p>异议内容</p><textarea class=\"weui-textarea\" name=\"text\" rows=\"3\" maxlength=\"500\" required>")
                .append(escape(text)).append("</textarea>")
                .append("<button class=\"weui-btn weui-btn_primary\">提交异议</button></form>")
                .append("<p class=\"lw-note\">每条名单每人只能提一次。负责单位:").append(escape(office.name()))
                .append(",举报电话:").append(escape(office.phone())).append("</p>").append(back(region)).append("</div>");
        return ResponseEntity.status(status).contentType(H5Html.HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.append(H5Html.end()).toString());
    }

    private Region region(String code) {
        try {
            return code.matches("[0-9]{6,12}") ? notice.region(code) : null;
        } catch (NotFoundInScope e) {
            return null;
        }
    }

    private static String target(Region region) {
        return "objection:" + region.getCode();
    }

    private static String back(Region region) {
        return "<p class=\"lw-note\"><a href=\"/notice/allowances/" + region.getCode() + "\">返回公示名单</a></p>";
    }
}
