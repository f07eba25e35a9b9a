package cn.laowu.admin.allowance;

import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 补贴公示: the H5 page the account links to, readable without login (outside /console, so the
 * console's security does not apply): de-identified rows and a form to lodge an objection.
 */
@Controller
public class PublicNoticeController {

    private final AllowanceReview review;
    private final RegionService regions;
    private final NoticeNumbers numbers;

    public PublicNoticeController(AllowanceReview review, RegionService regions, NoticeNumbers numbers) {
        this.review = review;
        this.regions = regions;
        this.numbers = numbers;
    }

    @GetMapping("/notice/allowances/{regionCode}")
    public String notice(@PathVariable String regionCode, Model model) {
        model.addAttribute("region", regions.find(regionCode).orElseThrow(() -> new NotFoundInScope("Region")));
        List<AllowanceReview.NoticeRow> rows = review.notice(regionCode);
        model.addAttribute("rows", rows);
        model.addAttribute("numbers", rows.stream().collect(Collectors.toMap(AllowanceReview.NoticeRow::number,
                row -> numbers.of(row.number()))));
        return "notice/allowances";
    }

    @PostMapping("/notice/allowances/{regionCode}")
    public String object(@PathVariable String regionCode, @RequestParam(required = false) String number,
                         @RequestParam(required = false) String text, Model model) {
        try {
            if (number == null || number.isBlank()) {
                throw new RuleViolation("请填写名单上的编号。");
            }
            long claimId = numbers.claimOf(number, review.notice(regionCode))
                    .orElseThrow(() -> new RuleViolation("公示名单上没有这个编号,或公示期已过。"));
            review.object(claimId, text, "PAGE", regionCode);
            model.addAttribute("success", "已收到您的异议,县里核查清楚之前不会发放。谢谢您的监督!");
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("text", text);
        }
        return notice(regionCode, model);
    }

    @ExceptionHandler(NotFoundInScope.class)
    public String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("missing", true);
        return "notice/allowances";
    }
}
