package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.search.JobQuery;
import cn.laowu.core.search.JobSearch;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * A job's public page ({@code /h5/jobs/{token}}), opened from a link in a WeChat group or a
 * friend's message: the job as advertised, whether it still takes people, how to apply, and the
 * share card. A broker's link adds {@code b=} (see {@link BrokerLinkToken}); a bad one is ignored.
 */
@RestController
public class JobPageController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    /** Not kept by phones: a draft's link starts working the moment the job is published. */
    private static final RenderedPage NOT_FOUND = RenderedPage.of(null, HttpStatus.NOT_FOUND, CacheControl.noCache(),
            H5Html.messageHtml("没有找到这个岗位", "链接可能不完整,或者岗位已经下架。可以看看正在招工的岗位。",
                    "<a class=\"weui-btn weui-btn_primary\" href=\"/h5/jobs\">看正在招工的岗位</a>"));

    private final JobPageViews views;
    private final JobPages pages;
    private final BrokerLinkToken brokerTokens;
    private final H5Accounts accounts;
    private final ShareCard share;
    private final JobSearch search;

    public JobPageController(JobPageViews views, JobPages pages, BrokerLinkToken brokerTokens, H5Accounts accounts,
                             ShareCard share, JobSearch search) {
        this.views = views;
        this.pages = pages;
        this.brokerTokens = brokerTokens;
        this.accounts = accounts;
        this.share = share;
        this.search = search;
    }

    /**
     * Public and the same for every reader of one link in one kind of browser, so it is sent from
     * the cache as gzipped bytes, and a phone may keep it as long as the server does (30 s).
     * Written straight to the response (no argument resolvers or message converters: the
     * profile of the benchmark showed them as a tenth of a cached page's cost).
     */
    @GetMapping("/h5/jobs/{token}")
    public void job(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String encodings = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        JobPageView view = views.byToken(token).orElse(null);
        if (view == null) {
            NOT_FOUND.writeTo(response, encodings, null);
            return;
        }
        String b = request.getParameter("b");
        Optional<Long> broker = brokerTokens.verify(b);
        pages.viewed(view.jobId(), broker.orElse(null));
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        // The simulator's phone pane marks its pop-up as WeChat's browser (outside WeChat OAuth fails anyway).
        boolean inWeChat = agent != null && agent.contains("MicroMessenger") || simulatedWeChat(request);
        JobPageViews.Variant variant = new JobPageViews.Variant(view.jobId(), broker.isPresent() ? b : null, inWeChat);
        views.page(view, variant, () -> RenderedPage.of(view, HttpStatus.OK, PUBLIC,
                render(view, broker.isPresent() ? "?b=" + b : "", inWeChat)))
                .writeTo(response, encodings, request.getHeader(HttpHeaders.IF_NONE_MATCH));
    }

    private static boolean simulatedWeChat(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.COOKIE) == null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
            if ("lw_phone".equals(cookie.getName()) && "wechat".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    private String render(JobPageView view, String brokerPart, boolean inWeChat) {
        String path = "/h5/jobs/" + view.token() + brokerPart;
        WeChatAccount account = accounts.forRegion(view.ownerPath()).orElse(null);
        StringBuilder html = new StringBuilder(H5Html.head(view.title()))
                .append("<div class=\"lw-wrap\"><h2 class=\"weui-article__h1\" style=\"font-size:22px\">")
                .append(escape(view.title())).append("</h2>");
        if (view.state().notice() != null) {
            html.append("<div class=\"weui-information-bar weui-information-bar_warn-weak\"><div class=\"weui-information-bar__bd\">")
                    .append(escape(view.state().notice())).append("</div></div>");
        }
        html.append("</div>").append(view.detailsHtml()).append("<div class=\"lw-wrap\">");
        if (view.state().takesApplications()) {
            howToApply(html, view, account, inWeChat, brokerPart);
        }
        if (view.state() != JobPageView.State.OPEN) {
            similar(html, view, brokerPart);
        }
        html.append("<p class=\"lw-note\"><a href=\"/h5/jobs").append(brokerPart).append("\">看全部正在招工的岗位</a></p></div>");
        if (inWeChat) {
            html.append(share.script(account, path, view.title(), view.summary(), path));
        }
        return html.append(H5Html.end()).toString();
    }

    private void howToApply(StringBuilder html, JobPageView view, WeChatAccount account, boolean inWeChat, String brokerPart) {
        String name = account == null ? "本地就业服务" : account.name();
        if (inWeChat && accounts.publicUrl().isPresent() && account != null) {
            html.append("<a class=\"weui-btn weui-btn_primary\" href=\"/h5/jobs/").append(view.token()).append("/apply")
                    .append(brokerPart).append("\">").append(view.state() == JobPageView.State.FULL ? "报名候补" : "我要报名")
                    .append("</a>");
        } else {
            html.append("<div class=\"weui-panel\"><div class=\"weui-panel__bd\"><div class=\"weui-media-box weui-media-box_text\">")
                    .append("<h4 class=\"weui-media-box__title\">怎么报名</h4><p class=\"weui-media-box__desc\">")
                    .append("在微信里打开这个链接,点「我要报名」;或者微信搜索公众号「").append(escape(name))
                    .append("」,关注后回复 找工作。");
            if (view.officePhone() != null) {
                html.append("也可以打电话问:").append(escape(view.officePhone())).append("。");
            }
            html.append("</p></div></div></div>");
        }
    }

    private void similar(StringBuilder html, JobPageView view, String brokerPart) {
        html.append("<div class=\"weui-cells__title\">还在招工的类似岗位</div><div class=\"weui-cells\">");
        var found = search.search(new JobQuery(view.industry(), null, null, null), 0, 4).stream()
                .filter(c -> c.job().getId() != view.jobId()).limit(3).toList();
        if (found.isEmpty()) {
            found = search.search(JobQuery.any(), 0, 4).stream().filter(c -> c.job().getId() != view.jobId()).limit(3).toList();
        }
        var tokens = pages.tokensOf(found.stream().map(c -> c.job().getId()).toList());
        for (var card : found) {
            html.append("<a class=\"weui-cell weui-cell_access\" href=\"/h5/jobs/").append(tokens.get(card.job().getId()))
                    .append(brokerPart).append("\"><div class=\"weui-cell__bd\">").append(escape(card.job().getTitle()))
                    .append("</div><div class=\"weui-cell__ft\">").append(escape(card.job().getWorkPlace())).append("</div></a>");
        }
        html.append("</div>");
    }
}
