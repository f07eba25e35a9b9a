package cn.laowu.bot.h5;

import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.search.JobSearch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.laowu.bot.h5.H5Html.escape;

/**
 * The open jobs of a region's offices ({@code /h5/jobs?r=433101}), newest first, with a search
 * box; shareable like a job. It is the only way to find job links, and it shows open jobs only.
 */
@RestController
public class JobListController {

    static final int PAGE = 20;

    private final JobSearch search;
    private final JobPages pages;
    private final RegionService regions;
    private final BrokerLinkToken brokerTokens;

    public JobListController(JobSearch search, JobPages pages, RegionService regions, BrokerLinkToken brokerTokens) {
        this.search = search;
        this.pages = pages;
        this.regions = regions;
        this.brokerTokens = brokerTokens;
    }

    @GetMapping("/h5/jobs")
    public ResponseEntity<String> list(@RequestParam(name = "r", required = false) String regionCode,
                                       @RequestParam(name = "q", required = false) String q,
                                       @RequestParam(name = "p", defaultValue = "0") int page,
                                       @RequestParam(name = "b", required = false) String b) {
        Region region = regionCode == null || regionCode.isBlank() ? null : regions.find(regionCode).orElse(null);
        if (regionCode != null && !regionCode.isBlank() && region == null) {
            return H5Html.message(HttpStatus.NOT_FOUND, "没有这个地区", "链接里的地区不对。", "<a class=\"weui-btn weui-btn_primary\" href=\"/h5/jobs\">看全部岗位</a>");
        }
        int from = Math.max(0, Math.min(page, 50)) * PAGE;
        List<JobCard> cards = search.searchOwnedBy(region == null ? "/" : region.getPath(), q, from, PAGE + 1);
        boolean more = cards.size() > PAGE;
        List<JobCard> shown = more ? cards.subList(0, PAGE) : cards;
        Map<Long, String> tokens = pages.tokensOf(shown.stream().map(c -> c.job().getId()).toList());
        String brokerPart = brokerTokens.verify(b).isPresent() ? "?b=" + b : "";
        String title = (region == null ? "" : region.getName()) + "正在招工的岗位";
        StringBuilder html = new StringBuilder(H5Html.head(title)).append("<div class=\"lw-wrap\"><h2>").append(escape(title))
                .append("</h2></div><form class=\"weui-search-bar\" method=\"get\" action=\"/h5/jobs\">")
                .append("<div class=\"weui-search-bar__form\"><div class=\"weui-search-bar__box\">")
                .append("<input class=\"weui-search-bar__input\" type=\"search\" name=\"q\" placeholder=\"搜索,比如 电子厂 深圳\" value=\"")
                .append(escape(q)).append("\"></div></div>");
        if (region != null) {
            html.append("<input type=\"hidden\" name=\"r\" value=\"").append(escape(region.getCode())).append("\">");
        }
        if (!brokerPart.isEmpty()) {
            html.append("<input type=\"hidden\" name=\"b\" value=\"").append(escape(b)).append("\">");
        }
        html.append("<button class=\"weui-btn weui-btn_mini weui-btn_primary\">搜索</button></form>");
        if (shown.isEmpty()) {
            html.append("<div class=\"lw-wrap\"><p>").append(q == null || q.isBlank() ? "现在没有正在招工的岗位。"
                    : "没有找到和「" + escape(q) + "」有关的岗位,换个词试试。").append("</p></div>");
        } else {
            html.append("<div class=\"weui-cells\">");
            for (JobCard card : shown) {
                html.append("<a class=\"weui-cell weui-cell_access\" href=\"/h5/jobs/").append(tokens.get(card.job().getId()))
                        .append(brokerPart).append("\"><div class=\"weui-cell__bd\"><p>").append(escape(card.job().getTitle()))
                        .append("</p><p class=\"lw-note\">").append(escape(card.job().getWorkPlace())).append(" · ")
                        .append(escape(JobService.wage(card.job()))).append(card.job().placesLeft() > 0
                                ? " · 还招" + card.job().placesLeft() + "人" : " · 已满可候补")
                        .append("</p></div><div class=\"weui-cell__ft\"></div></a>");
            }
            html.append("</div>");
        }
        if (more) {
            html.append("<div class=\"lw-wrap\"><a class=\"weui-btn weui-btn_default\" href=\"/h5/jobs?p=").append(page + 1)
                    .append(region == null ? "" : "&r=" + region.getCode())
                    .append(q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .append(brokerPart.isEmpty() ? "" : "&b=" + URLEncoder.encode(b, StandardCharsets.UTF_8))
                    .append("\">下一页</a></div>");
        }
        return ResponseEntity.ok().contentType(H5Html.HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.append(H5Html.end()).toString());
    }
}
