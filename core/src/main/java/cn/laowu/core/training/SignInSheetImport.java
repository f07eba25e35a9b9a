package cn.laowu.core.training;

import cn.laowu.core.audit.AuditLog.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trainer's paper sign-in sheet, typed into the console's template: checked whole, then imported
 * as corrections of {@link AttendanceService} whose reason names the sheet.
 */
@Service
public class SignInSheetImport {

    private final AttendanceService attendance;
    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final Clock clock;

    public SignInSheetImport(AttendanceService attendance, CourseService courses, EnrolmentService enrolments,
                             Clock clock) {
        this.attendance = attendance;
        this.courses = courses;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** One row of a paper sign-in sheet, as typed: every cell is text and checked here. */
    public record SheetLine(int row, String enrolment, String name, String session, String present) {
    }

    /** @param problems one sentence per bad cell (row, column, why); nothing is imported when any */
    public record SheetResult(int imported, List<String> problems) {
    }

    /**
     * A paper sign-in sheet (学员编号, 姓名, 课次, 出勤): checked whole first, then imported in one
     * transaction as corrections whose reason names the sheet, so it counts toward the manual share
     * of the roster like any correction.
     */
    @Transactional
    public SheetResult importSheet(Actor actor, TrainingViewer viewer, long courseId, List<SheetLine> lines,
                                   String sheetName) {
        courses.course(viewer, courseId);
        List<TrainingSession> sessions = courses.sessions(courseId);
        Map<Long, Enrolment> roster = enrolments.ofCourse(courseId, null).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WAITLISTED && e.getStatus() != EnrolmentStatus.CANCELLED)
                .collect(Collectors.toMap(Enrolment::getId, e -> e));
        Map<Long, String> names = enrolments.entries(List.copyOf(roster.values())).stream()
                .collect(Collectors.toMap(e -> e.enrolment().getId(), e -> e.worker().getName()));
        List<String> problems = new ArrayList<>();
        List<Checked> ok = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        if (lines.isEmpty()) {
            problems.add("表里没有数据行。");
        }
        for (SheetLine line : lines) {
            String where = "第" + line.row() + "行";
            Long enrolmentId = number(line.enrolment());
            Enrolment enrolment = enrolmentId == null ? null : roster.get(enrolmentId);
            if (enrolment == null) {
                problems.add(where + "「学员编号」:不是本课程名册上的学员。");
                continue;
            }
            if (line.name() == null || !line.name().trim().equals(names.get(enrolmentId))) {
                problems.add(where + "「姓名」:和学员编号 " + enrolmentId + " 的姓名对不上。");
                continue;
            }
            Long number = number(line.session());
            if (number == null || number < 1 || number > sessions.size()) {
                problems.add(where + "「课次」:应是1到" + sessions.size() + "之间的数字。");
                continue;
            }
            TrainingSession session = sessions.get((int) (number - 1));
            if (session.getStartsAt().isAfter(now)) {
                problems.add(where + "「课次」:第" + number + "节还没开始。");
                continue;
            }
            String present = line.present() == null ? "" : line.present().trim();
            if (!present.equals("是") && !present.equals("否")) {
                problems.add(where + "「出勤」:请填 是 或 否。");
                continue;
            }
            ok.add(new Checked(session.getId(), enrolment.getId(), present.equals("是"), line.row()));
        }
        if (!problems.isEmpty()) {
            return new SheetResult(0, problems);
        }
        String name = sheetName == null || sheetName.isBlank() ? "签到表" : sheetName.trim();
        for (Checked row : ok) {
            attendance.correct(actor, viewer, row.sessionId(), row.enrolmentId(), row.present(),
                    cut("签到表导入:" + name + " 第" + row.row() + "行", 255));
        }
        return new SheetResult(ok.size(), List.of());
    }

    private record Checked(long sessionId, long enrolmentId, boolean present, int row) {
    }

    private static Long number(String text) {
        String t = text == null ? "" : text.trim();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.matches("\\d{1,18}") ? Long.parseLong(t) : null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
