package cn.laowu.admin.training;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.SessionSchedule;
import cn.laowu.core.training.Timetable;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course's timetable in the console: sessions from a weekly pattern in one form, each session
 * moved or removed on its own, and a clerk's 代为报名 that warns of an overlapping course and
 * signs up only once the clerk confirms.
 */
@Controller
public class ScheduleController {

    private final SessionSchedule schedule;
    private final Timetable timetable;
    private final EnrolmentService enrolments;
    private final WorkerService workers;

    public ScheduleController(SessionSchedule schedule, Timetable timetable, EnrolmentService enrolments,
                              WorkerService workers) {
        this.schedule = schedule;
        this.timetable = timetable;
        this.enrolments = enrolments;
        this.workers = workers;
    }

    @PostMapping("/console/training/{id}/schedule")
    public String generate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                           @RequestParam(name = "days", required = false) List<Integer> days,
                           @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime from,
                           @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime to,
                           @RequestParam(required = false) String topic, Actor actor,
                           RedirectAttributes flash) {
        return act(id, flash, () -> {
            Set<DayOfWeek> chosen = days == null ? Set.of() : days.stream().filter(d -> d >= 1 && d <= 7)
                    .map(DayOfWeek::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
            SessionSchedule.Generated made = schedule.generate(actor,
                    TrainingController.viewer(me), id, new SessionSchedule.Pattern(chosen, from, to, topic));
            return "已按安排生成 " + made.created() + " 节课,每节有自己的签到码。"
                    + (made.holidays().isEmpty() ? "" : "跳过节假日 " + made.holidays().size() + " 天(" + dates(made.holidays()) + ")。")
                    + (made.alreadyThere().isEmpty() ? "" : made.alreadyThere().size() + " 天这个时间已有课,没有重复添加。");
        });
    }

    @PostMapping("/console/training/sessions/{sessionId}/edit")
    public String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long sessionId, @RequestParam long course,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                       @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime from,
                       @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime to,
                       @RequestParam(required = false) String topic, Actor actor, RedirectAttributes flash) {
        return act(course, flash, () -> {
            if (day == null || from == null || to == null) {
                throw new RuleViolation("请填写上课日期和起止时间。");
            }
            schedule.edit(actor, TrainingController.viewer(me), sessionId, day.atTime(from),
                    day.atTime(to), topic);
            return "已改为 " + day + " " + from + "–" + to + "。";
        });
    }

    @PostMapping("/console/training/sessions/{sessionId}/remove")
    public String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long sessionId, @RequestParam long course,
                         Actor actor, RedirectAttributes flash) {
        return act(course, flash, () -> {
            schedule.remove(actor, TrainingController.viewer(me), sessionId);
            return "已删除这节课。";
        });
    }

    /** 代为报名 by ID number: an overlap with another course of the trainee is shown and must be confirmed. */
    @PostMapping("/console/training/{id}/enrol")
    public String enrol(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) String idNumber,
                        @RequestParam(required = false, defaultValue = "false") boolean confirmed,
                        Actor actor, RedirectAttributes flash) {
        TrainingViewer viewer = TrainingController.viewer(me);
        return act(id, flash, () -> {
            Worker worker = workers.findByIdNumber(idNumber == null ? "" : idNumber.strip())
                    .orElseThrow(() -> new RuleViolation("没有找到这个身份证号的实名登记,请先到实名登记里登记。"));
            List<Timetable.Clash> clashes = timetable.clashes(worker.getId(), id);
            if (!clashes.isEmpty() && !confirmed) {
                flash.addFlashAttribute("clash", worker.getName() + " 已报名的"
                        + clashes.stream().map(Timetable.Clash::describe).collect(Collectors.joining("、"))
                        + "和本课程上课时间重叠。两门全日制课程不能同时上,确认仍要报名吗?");
                flash.addFlashAttribute("clashIdNumber", idNumber.strip());
                return null;
            }
            EnrolmentService.Outcome outcome = enrolments.signUp(actor, viewer, worker.getId(),
                    id, clashes.isEmpty() ? null : "确认时间重叠:" + clashes.get(0).other().getTitle());
            if (outcome instanceof EnrolmentService.Outcome.Enrolled) {
                return "已为 " + worker.getName() + " 报名。";
            }
            if (outcome instanceof EnrolmentService.Outcome.Waitlisted) {
                return "名额已满," + worker.getName() + " 排上了候补。";
            }
            if (outcome instanceof EnrolmentService.Outcome.Already already) {
                return worker.getName() + " 已经报过这门课(" + already.enrolment().getStatus().label() + ")。";
            }
            throw new RuleViolation("这门课已经开课或停止报名了。");
        });
    }

    private static String dates(List<LocalDate> days) {
        return days.stream().limit(5).map(d -> d.getMonthValue() + "月" + d.getDayOfMonth() + "日")
                .collect(Collectors.joining("、")) + (days.size() > 5 ? "等" : "");
    }

    private static String act(long courseId, RedirectAttributes flash, java.util.function.Supplier<String> change) {
        try {
            String done = change.get();
            if (done != null) {
                flash.addFlashAttribute("success", done);
            }
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/training/" + courseId + "#sessions";
    }
}
