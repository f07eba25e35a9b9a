package cn.laowu.admin.training;

import cn.laowu.core.allowance.training.TrainingSubsidyReport;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.training.TrainingSubsidyReport.CourseSubsidies;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A course's subsidies per trainee as an Excel sheet, with how each amount was computed. */
@Controller
public class SubsidyExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TrainingSubsidyReport report;

    public SubsidyExportController(TrainingSubsidyReport report) {
        this.report = report;
    }

    @GetMapping("/console/training/{id}/subsidies.xlsx")
    public void export(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        CourseSubsidies subsidies = report.forCourse(TrainingController.viewer(me), id);
        List<SubsidyRow> rows = new ArrayList<>(subsidies.trainees().stream().map(SubsidyRow::of).toList());
        rows.add(SubsidyRow.total(subsidies.trainingFen(), subsidies.livingFen(), subsidies.certificateFen(),
                subsidies.totalFen()));
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                "培训补贴-" + subsidies.course().getTitle() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        try (ExcelWriter writer = FastExcel.write(response.getOutputStream()).build()) {
            writer.write(rows, FastExcel.writerSheet(0, "培训补贴").head(SubsidyRow.class).build());
        }
    }
}
