package cn.laowu.admin.training;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.account.QrLinks;
import cn.laowu.core.allowance.training.TrainingSubsidyReport;
import cn.laowu.core.training.AttendanceSheets;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.training.ResultRules;
import cn.laowu.core.training.DemandService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CompletionService;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.CourseStage;
import cn.laowu.core.training.Timetable;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingSignals;
import cn.laowu.core.training.TrainingViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * 培训 in the console: courses (an institution's own, or those of the region), sessions with their
 * check-in codes and QR codes, roll calls, the attendance sheet with corrections, results and
 * certificates, and for an 订单培训 course the move of its graduates into the job's pipeline.
 */
@Controller
public class TrainingController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final CompletionService completion;
    private final RegionService regions;
    private final JobService jobs;
    private final QrLinks qrLinks;
    private final TrainingSignals signals;
    private final TrainingSubsidyReport subsidies;
    private final Clock clock;
    private final ResultRules resultRules;
    private final DemandService demand;
    private final Timetable timetable;
    private final AttendanceSheets sheets;

    public TrainingController(CourseService courses, EnrolmentService enrolments, AttendanceService attendance,
                              CompletionService completion, RegionService regions, JobService jobs, QrLinks qrLinks,
                              TrainingSignals signals, TrainingSubsidyReport subsidies, Clock clock,
                              ResultRules resultRules, DemandService demand, Timetable timetable, AttendanceSheets sheets) {
        this.sheets = sheets;
        this.timetable = timetable;
        this.resultRules = resultRules;
        this.demand = demand;
        this.signals = signals;
        this.subsidies = subsidies;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.completion = completion;
        this.regions = regions;
        this.jobs = jobs;
        this.qrLinks = qrLinks;
        this.clock = clock;
    }

    /** A session as the trainer sees it: its time in China, its codes, and whether check-in is open now. */
    public record SessionView(TrainingSession session, int number, String when, boolean checkInOpen,
                              boolean rollCallOpen, boolean running, List<QrLinks.QrLink> links,
                              List<QrLinks.QrLink> rollCallLinks) {
    }

    static TrainingViewer viewer(StaffPrincipal me) {
        return me.role() == StaffRole.TRAINING_PROVIDER ? TrainingViewer.institution(me.scope(), me.id())
                : TrainingViewer.staff(me.scope());
    }

    @GetMapping("/console/training")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        TrainingViewer viewer = viewer(me);
        if (!model.containsAttribute("form")) {
            CourseForm form = new CourseForm();
            form.setRegionCode(me.regionCode());
            model.addAttribute("form", form);
        }
        List<Course> list = courses.courses(viewer);
        model.addAttribute("courses", list);
        model.addAttribute("stages", timetable.stages(list));
        model.addAttribute("isInstitution", viewer.isInstitution());
        model.addAttribute("residents", viewer.isInstitution() ? List.of() : enrolments.ofResidents(me.scope()));
        model.addAttribute("signals", viewer.isInstitution() ? List.of() : signals.of(me.scope()));
        model.addAttribute("demand", demand.counts(me.scope()));
        model.addAttribute("canManage", me.can(TrainingSection.MANAGE_TRAINING));
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("levels", CertificateLevel.values());
        model.addAttribute("institutions", courses.institutions(viewer));
        model.addAttribute("regions", regions.inScope(me.scope()));
        model.addAttribute("jobs", jobs.jobs(me.scope()).stream()
                .filter(card -> card.job().isOpenOn(ChinaTime.today(clock))).toList());
        return "console/training/list";
    }

    @PostMapping("/console/training")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") CourseForm form,
                         Actor actor, RedirectAttributes flash) {
        try {
            Course course = courses.create(actor, viewer(me), form.draft());
            flash.addFlashAttribute("success", "已开设课程「" + course.getTitle() + "」。下一步:添加每节课的上课时间,"
                    + "每节课会生成自己的签到码和二维码。");
            return "redirect:/console/training/" + course.getId();
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/console/training";
    }

    @GetMapping("/console/training/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        TrainingViewer viewer = viewer(me);
        Course course = courses.course(viewer, id);
        LocalDateTime now = LocalDateTime.now(clock);
        List<TrainingSession> list = courses.sessions(id);
        List<SessionView> sessions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            TrainingSession s = list.get(i);
            boolean open = !now.isBefore(s.getStartsAt().minus(AttendanceService.OPENS_BEFORE))
                    && !now.isAfter(s.getStartsAt().plus(AttendanceService.CLOSES_AFTER));
            boolean rollCallOpen = s.getRollCallAt() != null && !now.isAfter(s.getRollCallUntil());
            boolean running = !now.isBefore(s.getStartsAt()) && !now.isAfter(s.getEndsAt());
            sessions.add(new SessionView(s, i + 1, when(s), open, rollCallOpen, running,
                    open ? qrLinks.forScene("tc:" + s.getQrToken()) : List.of(),
                    rollCallOpen ? qrLinks.forScene("tc:" + s.getRollCallToken()) : List.of()));
        }
        model.addAttribute("course", course);
        model.addAttribute("stage", CourseStage.of(course, list, now, ChinaTime.today(clock)));
        model.addAttribute("nowUtc", now);
        model.addAttribute("sessions", sessions);
        model.addAttribute("roster", enrolments.roster(viewer, id));
        model.addAttribute("sheet", sheets.sheet(viewer, id));
        model.addAttribute("manualCount", sheets.manualCount(id));
        model.addAttribute("subsidies", subsidies.forCourse(viewer, id));
        model.addAttribute("job", course.getJobId() == null ? null : jobs.find(course.getJobId()).orElse(null));
        model.addAttribute("levels", CertificateLevel.values());
        model.addAttribute("canManage", me.can(TrainingSection.MANAGE_TRAINING));
        model.addAttribute("canMove", me.can(TrainingSection.MOVE_TO_JOB));
        model.addAttribute("canOverride", me.role() == StaffRole.COUNTY_ADMIN || me.role() == StaffRole.PREFECTURE_ADMIN);
        model.addAttribute("resultRule", resultRules.forRegion(course.getRegionPath()));
        model.addAttribute("started", !course.getStartsOn().isAfter(ChinaTime.today(clock)));
        return "console/training/detail";
    }

    @PostMapping("/console/training/{id}/sessions")
    public String addSession(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime from,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime to,
                             @RequestParam(required = false) String topic, Actor actor,
                             RedirectAttributes flash) {
        return act(id, flash, () -> {
            if (day == null || from == null || to == null) {
                throw new RuleViolation("请填写上课日期和起止时间。");
            }
            courses.addSession(actor, viewer(me), id, day.atTime(from), day.atTime(to), topic);
            return "已添加 " + day + " " + from + "–" + to + " 的课,签到码已生成。";
        });
    }

    @PostMapping("/console/training/sessions/{sessionId}/roll-call")
    public String rollCall(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long sessionId,
                           @RequestParam long course, Actor actor, RedirectAttributes flash) {
        return act(course, flash, () -> {
            TrainingSession s = attendance.openRollCall(actor, viewer(me), sessionId);
            return "点名已开始:请学员在" + AttendanceService.ROLL_CALL_WINDOW.toMinutes() + "分钟内回复 签到 "
                    + s.getRollCallCode() + ",或扫点名二维码。签了到却没应点名的会被标记。";
        });
    }

    @PostMapping("/console/training/{id}/attendance")
    public String correct(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long session,
                          @RequestParam long enrolment, @RequestParam boolean present,
                          @RequestParam(required = false) String reason, Actor actor,
                          RedirectAttributes flash) {
        return act(id, flash, () -> {
            attendance.correct(actor, viewer(me), session, enrolment, present, reason);
            return "考勤已更正为" + (present ? "出勤" : "缺勤") + ",已记入操作日志。";
        });
    }

    @PostMapping("/console/training/enrolments/{enrolment}/result")
    public String result(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long enrolment,
                         @RequestParam long course, @RequestParam boolean completed,
                         @RequestParam(required = false) String note, Actor actor,
                         RedirectAttributes flash) {
        return act(course, flash, () -> {
            completion.recordResult(actor, viewer(me), enrolment, completed, note);
            return completed ? "已登记结业。" : "已登记未结业。";
        });
    }

    /** 破例结业: a county (or prefecture) admin, with a written reason; the service refuses anyone else. */
    @PostMapping("/console/training/enrolments/{enrolment}/override")
    public String override(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long enrolment,
                           @RequestParam long course, @RequestParam(required = false) String reason,
                           Actor actor, RedirectAttributes flash) {
        return act(course, flash, () -> {
            completion.overrideResult(actor, viewer(me), enrolment, reason);
            return "已破例登记结业,理由已记入操作日志,相关补贴申请会标注给审核人。";
        });
    }

    @PostMapping("/console/training/enrolments/{enrolment}/certificate")
    public String certificate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long enrolment,
                              @RequestParam long course, @RequestParam(required = false) CertificateLevel level,
                              @RequestParam(required = false) String serial,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                              @RequestParam(required = false) String issuer,
                              Actor actor, RedirectAttributes flash) {
        return act(course, flash, () -> {
            completion.issueCertificate(actor, viewer(me), enrolment, level, serial, issuedOn,
                    issuer);
            return "证书已登记。";
        });
    }

    @PostMapping("/console/training/{id}/move-to-job")
    public String moveToJob(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                            Actor actor, RedirectAttributes flash) {
        return act(id, flash, () -> {
            CompletionService.Moved moved = completion.moveToJob(actor, viewer(me), id);
            return "已转入岗位报名:" + moved.applied() + " 人报名," + moved.waitlisted() + " 人候补," + moved.already()
                    + " 人此前已报名," + moved.refused() + " 人不符合岗位条件。";
        });
    }

    /** Runs a change; a refused one says why on the course page and changes nothing. */
    private static String act(long courseId, RedirectAttributes flash, Supplier<String> change) {
        try {
            flash.addFlashAttribute("success", change.get());
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/training/" + courseId;
    }

    private static String when(TrainingSession s) {
        return CourseService.china(s.getStartsAt()).format(MINUTES) + "–"
                + CourseService.china(s.getEndsAt()).toLocalTime();
    }
}
