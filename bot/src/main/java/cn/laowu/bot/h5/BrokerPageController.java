package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.ClaimLookups;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.jobpage.BrokerFunnel;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * 我的推荐 on the phone, for a broker bound to the account: their links to share (the region's
 * list and its newest jobs, each carrying their signed token), the funnel of their work, the
 * people they brought (names masked, nothing else about them) and each 300 元 claim's state.
 * Only the broker the silent OAuth names is shown: there is no id in the address to change.
 */
@RestController
public class BrokerPageController {

    private final H5Accounts accounts;
    private final H5Identity identity;
    private final OAuthController oauth;
    private final BrokerService brokers;
    private final BrokerFunnel funnel;
    private final BrokerLinkToken tokens;
    private final JobSearch search;
    private final JobPages pages;
    private final ClaimLookups claims;
    private final WorkerService workers;

    public BrokerPageController(H5Accounts accounts, H5Identity identity, OAuthController oauth, BrokerService brokers,
                                BrokerFunnel funnel, BrokerLinkToken tokens, JobSearch search, JobPages pages,
                                ClaimLookups claims, WorkerService workers) {
        this.accounts = accounts;
        this.identity = identity;
        this.oauth = oauth;
        this.brokers = brokers;
        this.funnel = funnel;
        this.tokens = tokens;
        this.search = search;
        this.pages = pages;
        this.claims = claims;
        this.workers = workers;
    }

    @GetMapping("/h5/broker")
    public ResponseEntity<String> page(HttpServletRequest request) {
        H5Identity.Who who = identity.read(request).orElse(null);
        if (who == null) {
            WeChatAccount account = accounts.forRegion(null).orElse(null);
            return account == null ? H5Html.message(HttpStatus.NOT_FOUND, "我的推荐", "公众号还没有配置。", null)
                    : oauth.authorizeUrl(account, "broker").map(ApplyController::redirect)
                    .orElseGet(() -> H5Html.message(HttpStatus.OK, "我的推荐", "请在公众号菜单里打开这个页面。", null));
        }
        Broker broker = brokers.boundTo(who.appid(), who.openid()).orElse(null);
        if (broker == null) {
            return H5Html.message(HttpStatus.FORBIDDEN, "我的推荐",
                    "这个页面给劳务经纪人使用。经纪人请找县就业服务中心登记,扫绑定码后就能查看。", null);
        }
        List<BrokerService.Referral> referrals = brokers.referrals(broker.getId());
        BrokerFunnel.Counts counts = funnel.of(broker.getId(), referrals);
        String b = tokens.issue(broker.getId());
        String base = accounts.publicUrl().orElse("");
        StringBuilder html = new StringBuilder(H5Html.head("我的推荐")).append("<div class=\"lw-wrap\"><h2>")
                .append(escape(broker.getName())).append(" · 我的推荐</h2>");
        if (!Boolean.TRUE.equals(broker.getEnabled())) {
            html.append("<p class=\"weui-information-bar weui-information-bar_warn-weak\">您的经纪人资格已停用,链接不再记推荐;已记的照常保留。</p>");
        }
        html.append("</div><div class=\"weui-cells__title\">我的成绩</div><div class=\"weui-cells\">");
        cell(html, "访问", counts.views());
        cell(html, "关注", counts.followers());
        cell(html, "登记", counts.registered());
        cell(html, "报名", counts.applications());
        cell(html, "上岗", counts.placed());
        cell(html, "稳岗", counts.stable());
        html.append("</div><div class=\"weui-cells__title\">我的链接(长按复制,发到群里或发给老乡)</div><div class=\"weui-cells\">");
        link(html, "全部岗位", base + "/h5/jobs?r=" + broker.getRegionCode() + "&b=" + b);
        List<JobCard> newest = search.searchOwnedBy(broker.getRegionPath().substring(0, broker.getRegionPath()
                .indexOf('/', 1) + 1), null, 0, 5);
        Map<Long, String> jobTokens = pages.tokensOf(newest.stream().map(c -> c.job().getId()).toList());
        for (JobCard card : newest) {
            link(html, card.job().getTitle(), base + "/h5/jobs/" + jobTokens.get(card.job().getId()) + "?b=" + b);
        }
        html.append("</div><div class=\"weui-cells__title\">我推荐的人</div><div class=\"weui-cells\">");
        Map<Long, Worker> people = new java.util.HashMap<>(workers.byIds(
                referrals.stream().map(r -> r.entry().worker().getId()).toList()));
        for (BrokerService.Referral referral : referrals.subList(0, Math.min(30, referrals.size()))) {
            html.append("<div class=\"weui-cell\"><div class=\"weui-cell__bd\">")
                    .append(escape(Masking.name(referral.entry().worker().getName()))).append(" · ")
                    .append(escape(referral.entry().job().getTitle())).append("</div><div class=\"weui-cell__ft\">")
                    .append(escape(referral.entry().application().getStatus().label())).append("</div></div>");
        }
        html.append("</div><div class=\"weui-cells__title\">服务补贴(每人300元,稳岗满一年)</div><div class=\"weui-cells\">");
        List<AllowanceClaims.View> mine = claims.forBroker(broker.getId());
        for (AllowanceClaims.View claim : mine) {
            Worker worker = claim.claim().getWorkerId() == null ? null : people.computeIfAbsent(claim.claim().getWorkerId(),
                    id -> workers.find(id).orElse(null));
            html.append("<div class=\"weui-cell\"><div class=\"weui-cell__bd\">")
                    .append(escape(worker == null ? "—" : Masking.name(worker.getName()))).append(" · ")
                    .append(claim.claim().getAmountFen() == null ? "" : claim.claim().getAmountFen() / 100 + "元")
                    .append("</div><div class=\"weui-cell__ft\">").append(escape(claim.claim().getStatus().label()))
                    .append("</div></div>");
        }
        if (mine.isEmpty()) {
            html.append("<div class=\"weui-cell\"><div class=\"weui-cell__bd lw-note\">还没有。推荐的人稳岗满一年后自动生成。</div></div>");
        }
        html.append("</div>");
        return ResponseEntity.ok().contentType(H5Html.HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.append(H5Html.end()).toString());
    }

    private static void cell(StringBuilder html, String label, long value) {
        html.append("<div class=\"weui-cell\"><div class=\"weui-cell__bd\">").append(label)
                .append("</div><div class=\"weui-cell__ft\">").append(value).append("</div></div>");
    }

    private static void link(StringBuilder html, String label, String url) {
        html.append("<div class=\"weui-cell\"><div class=\"weui-cell__bd\"><p>").append(escape(label))
                .append("</p><input class=\"weui-input\" readonly value=\"").append(escape(url)).append("\"></div></div>");
    }
}
