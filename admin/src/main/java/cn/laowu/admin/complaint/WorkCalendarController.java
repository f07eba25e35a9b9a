package cn.laowu.admin.complaint;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The working-day calendar that complaint time limits count in: a year's page and one day set by
 * hand (a whole year's list is pasted through {@link CalendarYearController}).
 */
@Controller
public class WorkCalendarController {

    private final WorkCalendar calendar;
    private final Clock clock;

    public WorkCalendarController(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The official calendar's exceptions of a year: holidays and 调休 working days. */
    @GetMapping("/console/complaints/calendar")
    public String calendar(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                           Model model) {
        int y = year == null || year < 2000 || year > 2100 ? ChinaTime.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.year(y));
        model.addAttribute("canManage", me.can(ComplaintSection.MANAGE_CALENDAR));
        return "console/complaints/calendar";
    }

    @PostMapping("/console/complaints/calendar")
    public String setDay(@RequestParam(required = false) String day,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
                         Actor actor, RedirectAttributes flash) {
        LocalDate date;
        try {
            date = LocalDate.parse(day == null ? "" : day.trim());
        } catch (RuntimeException e) {
            flash.addFlashAttribute("error", "日期格式应为 2026-10-01。");
            return "redirect:/console/complaints/calendar";
        }
        Boolean working = "work".equals(kind) ? Boolean.TRUE : "holiday".equals(kind) ? Boolean.FALSE : null;
        if (working == null && !"clear".equals(kind)) {
            flash.addFlashAttribute("error", "请选择 放假、调休上班 或 恢复平常。");
            return "redirect:/console/complaints/calendar?year=" + date.getYear();
        }
        try {
            calendar.set(actor, date, working, note);
            flash.addFlashAttribute("success", date + " 已设为" + (working == null ? "平常(周一至周五上班)"
                    : working ? "上班" : "放假") + "。以后算的期限按新日历。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/complaints/calendar?year=" + date.getYear();
    }
}
