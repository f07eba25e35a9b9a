package cn.laowu.admin.target;

import cn.idev.excel.FastExcel;
import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.assessment.AssessmentRun;
import cn.laowu.core.assessment.AssessmentService;
import cn.laowu.core.assessment.Scorer;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.support.ChinaTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * 年度考核: the 州's run of a closed year (scores, ranks, 表彰 / 约谈 / 取消评先评优, 以奖代补),
 * its scoring sheet, publication, the printable report and the Excel. Units below the 州 and
 * leaders see the published result only.
 */
@Controller
public class AssessmentController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssessmentService assessments;
    private final YearPages pages;
    private final Clock clock;

    public AssessmentController(AssessmentService assessments, YearPages pages, Clock clock) {
        this.assessments = assessments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping({"/console/assessment", "/console/assessment/print"})
    public String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                       HttpServletRequest request, Model model) {
        int shown = year == null ? ChinaTime.today(clock).getYear() - 1 : pages.year(year);
        Region prefecture = assessments.prefectureOf(me.scope());
        boolean manager = me.can(YearSection.RUN_ASSESSMENT) && prefecture.getCode().equals(me.regionCode());
        Optional<AssessmentRun> run = assessments.latest(shown, prefecture.getCode())
                .filter(r -> manager || r.published());
        model.addAttribute("year", shown);
        model.addAttribute("prefecture", prefecture);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("results", run.map(assessments::results).orElse(List.of()));
        model.addAttribute("manager", manager);
        model.addAttribute("sheet", assessments.sheet(shown, prefecture.getCode()));
        model.addAttribute("pages", pages);
        return request.getRequestURI().endsWith("/print") ? "console/year/assessment-print" : "console/year/assessment";
    }

    @PostMapping("/console/assessment/run")
    @RedirectOnRefusal("/console/assessment?year={year}")
    public String run(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, Actor actor,
                      RedirectAttributes flash) {
        assessments.run(actor, me.scope(), year);
        flash.addFlashAttribute("success", year + "年度考核已计算。核对无误后点“公布”,公布后结果固定。");
        return "redirect:/console/assessment?year=" + year;
    }

    @PostMapping("/console/assessment/publish")
    @RedirectOnRefusal("/console/assessment?year={year}")
    public String publish(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, Actor actor,
                          RedirectAttributes flash) {
        assessments.publish(actor, me.scope(), year);
        flash.addFlashAttribute("success", year + "年度考核结果已公布,各县市可以看到。");
        return "redirect:/console/assessment?year=" + year;
    }

    @PostMapping("/console/assessment/sheet")
    @RedirectOnRefusal("/console/assessment?year={year}")
    public String sheet(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, @RequestParam String content,
                        Actor actor, RedirectAttributes flash) {
        assessments.saveSheet(actor, me.scope(), year, content);
        flash.addFlashAttribute("success", year + "年度评分表已保存。");
        return "redirect:/console/assessment?year=" + year;
    }

    @GetMapping("/console/assessment/results.xlsx")
    public void export(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        Region prefecture = assessments.prefectureOf(me.scope());
        boolean manager = me.can(YearSection.RUN_ASSESSMENT) && prefecture.getCode().equals(me.regionCode());
        List<Scorer.Result> results = assessments.latest(year, prefecture.getCode()).filter(r -> manager || r.published())
                .map(assessments::results).orElse(List.of());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                year + "年度考核.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        List<List<String>> head = List.of(List.of("排名"), List.of("单位"), List.of("得分"), List.of("扣分"),
                List.of("全面完成"), List.of("结果"), List.of("以奖代补(元)"), List.of("计分明细"));
        List<List<Object>> rows = results.stream().map(r -> List.<Object>of(r.rank(), r.name(), r.score(), r.deduction(),
                r.completedAll() ? "是" : "否", r.outcome().label(), BigDecimal.valueOf(r.awardFen(), 2), r.detail())).toList();
        FastExcel.write(response.getOutputStream()).head(head).sheet("年度考核").doWrite(rows);
    }
}
