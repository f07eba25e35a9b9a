package cn.laowu.admin.complaint;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.HolidayList;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The State Council's holidays and 调休 of a year, pasted in one form (the 州 keeps the calendar);
 * and, from 1 November, a warning to the 州 on its pages while next year's are missing.
 */
@Controller
@ControllerAdvice(basePackages = "cn.laowu.admin")
public class CalendarYearController {

    private final WorkCalendar calendar;

    public CalendarYearController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("calendarWarning")
    public String calendarWarning(@AuthenticationPrincipal StaffPrincipal me) {
        if (me == null || !me.can(ComplaintSection.MANAGE_CALENDAR)) {
            return null;
        }
        return calendar.nextYearMissing().map(y -> y + "年的法定节假日和调休还没有录入:到时元旦、春节会按工作日算期限。"
                + "国务院公布放假安排后,请在「工作日历」里一次贴入。").orElse(null);
    }

    @ModelAttribute("holidayExample")
    public String holidayExample() {
        return HolidayList.EXAMPLE;
    }

    @PostMapping("/console/complaints/calendar/year")
    public String replaceYear(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String list, Actor actor,
                              RedirectAttributes flash) {
        if (year == null || year < 2000 || year > 2100) {
            flash.addFlashAttribute("error", "请填写年份,如 2027。");
            return "redirect:/console/complaints/calendar";
        }
        try {
            int saved = calendar.replaceYear(actor, year, list);
            flash.addFlashAttribute("success", year + "年的放假安排已保存,共" + saved + "天。以后算的期限按新日历。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage() + "整张表都没有保存。");
            flash.addFlashAttribute("pastedList", list);
        }
        return "redirect:/console/complaints/calendar?year=" + year;
    }
}
