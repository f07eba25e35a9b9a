package cn.laowu.admin.target;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.progress.StatisticsReport;
import cn.laowu.core.region.Region;
import cn.laowu.core.support.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 统一统计报表: the fixed layout (README "统一统计报表") for a unit in scope and its children,
 * monthly or yearly, and every unit of the scope as a streamed Excel sheet.
 */
@Controller
public class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The layout's columns, in order; the page and the export both use them. */
    public static final List<String> COLUMNS = List.of("地区", "农村劳动力数", "建档立卡劳动力数", "累计转移就业",
            "其中省外", "其中省内县外", "其中县内", "当月新增转移", "培训人数", "培训后就业", "劳务收入(万元)", "受理投诉",
            "按时办结");

    private final StatisticsReport report;
    private final YearPages pages;
    private final Clock clock;

    public ReportController(StatisticsReport report, YearPages pages, Clock clock) {
        this.report = report;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/console/report")
    public String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                       @RequestParam(required = false) Integer month, @RequestParam(required = false) String region,
                       Model model) {
        int shownYear = pages.year(year);
        int shownMonth = month(shownYear, month);
        Region unit = pages.region(me, region);
        model.addAttribute("report", report.report(me.scope(), unit.getCode(), shownYear, shownMonth));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("pages", pages);
        model.addAttribute("lastMonth", lastMonth(shownYear));
        return "console/year/report";
    }

    /** Every unit of the scope down to the townships, written as it is read: memory stays flat. */
    @GetMapping("/console/report.xlsx")
    public void export(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                       @RequestParam(required = false) Integer month, HttpServletResponse response) throws IOException {
        int shownYear = pages.year(year);
        int shownMonth = month(shownYear, month);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                "统计报表-" + shownYear + "年" + shownMonth + "月.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        write(report, me, shownYear, shownMonth, response.getOutputStream());
    }

    static void write(StatisticsReport report, StaffPrincipal me, int year, int month, java.io.OutputStream out) {
        List<List<String>> head = COLUMNS.stream().map(c -> List.of(year + "年1-" + month + "月统计报表", c)).toList();
        try (ExcelWriter writer = FastExcel.write(out).head(head).build()) {
            WriteSheet sheet = FastExcel.writerSheet(0, "统计报表").build();
            List<List<Object>> batch = new ArrayList<>();
            report.everyUnit(me.scope(), year, month, row -> {
                batch.add(cells(row));
                if (batch.size() == 1000) {
                    writer.write(batch, sheet);
                    batch.clear();
                }
            });
            writer.write(batch, sheet);
        }
    }

    static List<Object> cells(StatisticsReport.Row r) {
        return List.of("  ".repeat(r.depth()) + r.name(), r.workers(), r.workersPoor(), r.transfer(), r.transferOut(),
                r.transferProvince(), r.transferCounty(), r.monthNew(), r.trained(), r.trainedEmployed(),
                BigDecimal.valueOf(r.incomeFen(), 6), r.complaints(), r.complaintsOnTime());
    }

    private int month(int year, Integer asked) {
        int last = lastMonth(year);
        return asked == null || asked < 1 || asked > last ? last : asked;
    }

    private int lastMonth(int year) {
        LocalDate today = ChinaTime.today(clock);
        return year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 1;
    }
}
