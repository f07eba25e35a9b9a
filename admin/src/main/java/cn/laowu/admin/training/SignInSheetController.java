package cn.laowu.admin.training;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.training.SignInSheetImport;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 签到表: the paper sheet of a course, downloaded pre-filled (one row per trainee and session) and
 * uploaded back; the whole sheet is checked before anything is recorded, as audited corrections.
 */
@Controller
public class SignInSheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A course's sheet is rosters × sessions; more rows than this is not a sheet of one course. */
    static final int MAX_ROWS = 20_000;

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final SignInSheetImport attendance;

    public SignInSheetController(CourseService courses, EnrolmentService enrolments, SignInSheetImport attendance) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
    }

    @GetMapping("/console/training/{id}/sign-in-sheet")
    public void template(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         HttpServletResponse response) throws IOException {
        TrainingViewer viewer = TrainingController.viewer(me);
        Course course = courses.course(viewer, id);
        List<TrainingSession> sessions = courses.sessions(id);
        List<SignInRow> rows = new ArrayList<>();
        for (EnrolmentService.Entry e : enrolments.roster(viewer, id)) {
            EnrolmentStatus status = e.enrolment().getStatus();
            if (status == EnrolmentStatus.WAITLISTED || status == EnrolmentStatus.CANCELLED) {
                continue;
            }
            for (int i = 0; i < sessions.size(); i++) {
                rows.add(SignInRow.of(e.enrolment().getId(), e.worker().getName(), i + 1,
                        CourseService.china(sessions.get(i).getStartsAt()).format(WHEN)));
            }
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("签到表-" + course.getTitle() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        try (ExcelWriter writer = FastExcel.write(response.getOutputStream()).build()) {
            writer.write(rows, FastExcel.writerSheet(0, "签到表").head(SignInRow.class).build());
        }
    }

    @PostMapping("/console/training/{id}/sign-in-sheet")
    public String upload(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam("file") MultipartFile file, Actor actor,
                         RedirectAttributes flash) {
        TrainingViewer viewer = TrainingController.viewer(me);
        courses.course(viewer, id);
        List<SignInSheetImport.SheetLine> lines;
        try (InputStream in = file.getInputStream()) {
            lines = read(in);
        } catch (IOException | RuntimeException e) {
            flash.addFlashAttribute("error", "读不了这个文件。请用“下载签到表”得到的 .xlsx 表格填写后上传。");
            return "redirect:/console/training/" + id;
        }
        if (lines.size() > MAX_ROWS) {
            flash.addFlashAttribute("error", "表格超过 " + MAX_ROWS + " 行,不像一门课的签到表,没有导入。");
            return "redirect:/console/training/" + id;
        }
        SignInSheetImport.SheetResult result = attendance.importSheet(actor, viewer, id,
                lines, file.getOriginalFilename());
        if (!result.problems().isEmpty()) {
            flash.addFlashAttribute("error", "签到表有 " + result.problems().size() + " 处问题,整张表没有导入:"
                    + String.join(" ", result.problems().subList(0, Math.min(20, result.problems().size()))));
        } else {
            flash.addFlashAttribute("success", "已按签到表记录 " + result.imported() + " 条考勤(记为手工更正,写入操作日志)。");
        }
        return "redirect:/console/training/" + id;
    }

    /** The first sheet of an .xlsx (refused before parsing when it is not a zip), up to the row limit. */
    static List<SignInSheetImport.SheetLine> read(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new IOException("Not an .xlsx file");
        }
        List<SignInSheetImport.SheetLine> lines = new ArrayList<>();
        FastExcel.read(in, SignInRow.class, new ReadListener<SignInRow>() {
            @Override
            public void invoke(SignInRow row, AnalysisContext context) {
                if (!row.isBlank()) {
                    lines.add(row.toLine(context.readRowHolder().getRowIndex() + 1));
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // rows are checked together afterwards
            }

            @Override
            public boolean hasNext(AnalysisContext context) {
                return lines.size() <= MAX_ROWS;
            }
        }).sheet(0).doRead();
        return lines;
    }
}
