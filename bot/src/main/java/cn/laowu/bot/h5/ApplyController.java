package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.account.QrLinks;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * 我要报名 on a job page. WeChat's silent OAuth first says who is reading; then a registered
 * follower confirms with one tap (a POST with a CSRF token), while someone not registered, or not
 * following the account, gets a QR code that opens this job in the chat, where 报名 registers them
 * first (the chat's detour) and then applies. A valid broker link credits the broker (first touch).
 */
@RestController
public class ApplyController {

    private final JobPageViews views;
    private final H5Accounts accounts;
    private final H5Identity identity;
    private final OAuthController oauth;
    private final BrokerLinkToken brokerTokens;
    private final BrokerService brokers;
    private final FollowerService followers;
    private final QrLinks qrLinks;
    private final PageApplying applying;

    public ApplyController(JobPageViews views, H5Accounts accounts, H5Identity identity, OAuthController oauth,
                           BrokerLinkToken brokerTokens, BrokerService brokers, FollowerService followers, QrLinks qrLinks,
                           PageApplying applying) {
        this.views = views;
        this.accounts = accounts;
        this.identity = identity;
        this.oauth = oauth;
        this.brokerTokens = brokerTokens;
        this.brokers = brokers;
        this.followers = followers;
        this.qrLinks = qrLinks;
        this.applying = applying;
    }

    @GetMapping("/h5/jobs/{token}/apply")
    public ResponseEntity<String> start(@PathVariable String token, @RequestParam(name = "b", required = false) String b,
                                        HttpServletRequest request) {
        JobPageView view = views.byToken(token).orElse(null);
        if (view == null) {
            return notFound();
        }
        Optional<Long> broker = brokerTokens.verify(b);
        String jobPath = "/h5/jobs/" + view.token() + (broker.isPresent() ? "?b=" + b : "");
        WeChatAccount account = accounts.forRegion(view.ownerPath()).orElse(null);
        if (account == null || !view.state().takesApplications()) {
            return redirect(jobPath);
        }
        H5Identity.Who who = identity.read(request).filter(w -> w.appid().equals(account.appid())).orElse(null);
        if (who == null) {
            return oauth.authorizeUrl(account, OAuthController.jobState(view.token(), broker.map(x -> b).orElse(null)))
                    .map(ApplyController::redirect).orElseGet(() -> redirect(jobPath));
        }
        Follower follower = followers.find(who.appid(), who.openid()).orElse(null);
        boolean following = follower != null && Boolean.TRUE.equals(follower.getSubscribed());
        if (following && broker.isPresent()) {
            brokers.attribute(who.appid(), who.openid(), broker.get());
        }
        StringBuilder html = new StringBuilder(H5Html.head("报名:" + view.title())).append("<div class=\"lw-wrap\"><h2>")
                .append(escape(view.title())).append("</h2><p class=\"lw-note\">").append(escape(view.summary())).append("</p>");
        if (!following || follower.getWorkerId() == null) {
            String scene = JobPageScan.scene(view.jobId(), broker.orElse(null));
            html.append("<img class=\"lw-qr\" alt=\"二维码\" src=\"").append(escape(qrLinks.href(account.appid(), scene))).append("\">")
                    .append("<p style=\"text-align:center\"><strong>")
                    .append(following ? "长按识别二维码,回公众号报名" : "长按识别二维码,关注后报名").append("</strong></p><p class=\"lw-note\">")
                    .append(following ? "报名前要先实名登记,只要一两分钟,登记完马上为您报这个岗位。"
                            : "关注公众号「" + escape(account.name()) + "」后,这个岗位会出现在对话里,回复 报名 就行。")
                    .append("</p>");
        } else {
            String target = "apply:" + view.token();
            html.append("<form method=\"post\" action=\"/h5/jobs/").append(view.token()).append("/apply\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(identity.csrf(who, target)).append("\">")
                    .append("<button class=\"weui-btn weui-btn_primary\">")
                    .append(view.state() == JobPageView.State.FULL ? "确认报名候补" : "确认报名").append("</button></form>")
                    .append("<p class=\"lw-note\">报名后工作人员会联系您做资格审查,进度会在公众号里告诉您。</p>");
        }
        html.append("<p class=\"lw-note\"><a href=\"").append(escape(jobPath)).append("\">返回岗位</a></p></div>");
        return ResponseEntity.ok().contentType(H5Html.HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.append(H5Html.end()).toString());
    }

    @PostMapping("/h5/jobs/{token}/apply")
    public ResponseEntity<String> apply(@PathVariable String token, @RequestParam(required = false) String csrf,
                                        HttpServletRequest request) {
        JobPageView view = views.byToken(token).orElse(null);
        if (view == null) {
            return notFound();
        }
        H5Identity.Who who = identity.read(request).orElse(null);
        if (who == null || !identity.csrfMatches(who, "apply:" + view.token(), csrf)) {
            return H5Html.message(HttpStatus.FORBIDDEN, "没有报上", "页面过期了,请回到岗位页面重新点「我要报名」。",
                    back(view));
        }
        if (!applying.allowed(who)) {
            return H5Html.message(HttpStatus.TOO_MANY_REQUESTS, "请稍后再试", "点得太快了,请过十分钟再报名。", back(view));
        }
        Long workerId = followers.find(who.appid(), who.openid()).filter(f -> Boolean.TRUE.equals(f.getSubscribed()))
                .map(Follower::getWorkerId).orElse(null);
        if (workerId == null) {
            return redirect("/h5/jobs/" + view.token() + "/apply");
        }
        Outcome outcome = applying.apply(who, workerId, view.jobId(), view.title());
        views.forget(view.jobId());
        String title = "「" + view.title() + "」";
        if (outcome instanceof Outcome.Applied) {
            return H5Html.message(HttpStatus.OK, "报名成功", title + "报上了。工作人员会尽快联系您做资格审查,进度会在公众号里告诉您。", back(view));
        }
        if (outcome instanceof Outcome.Waitlisted) {
            return H5Html.message(HttpStatus.OK, "已排上候补", title + "已经招满,您排上了候补。有人放弃时自动给您补上,会在公众号里告诉您。", back(view));
        }
        if (outcome instanceof Outcome.AlreadyApplied already) {
            return H5Html.message(HttpStatus.OK, "您已经报过了", title + "现在是「" + already.application().getStatus().label()
                    + "」。在公众号里回复 我的报名 可以查看。", back(view));
        }
        if (outcome instanceof Outcome.NotEligible notEligible) {
            return H5Html.message(HttpStatus.OK, "暂时不能报这个岗位", notEligible.reason() + "可以看看别的岗位。", back(view));
        }
        return H5Html.message(HttpStatus.OK, "这个岗位已经停止报名", "可以看看别的岗位。", back(view));
    }

    private static String back(JobPageView view) {
        return "<a class=\"weui-btn weui-btn_default\" href=\"/h5/jobs/" + view.token() + "\">返回岗位</a>"
                + "<a class=\"weui-btn weui-btn_default\" href=\"/h5/jobs\">看别的岗位</a>";
    }

    private static ResponseEntity<String> notFound() {
        return H5Html.message(HttpStatus.NOT_FOUND, "没有找到这个岗位", "链接可能不完整,或者岗位已经下架。",
                "<a class=\"weui-btn weui-btn_primary\" href=\"/h5/jobs\">看正在招工的岗位</a>");
    }

    static ResponseEntity<String> redirect(String to) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, to).build();
    }
}
