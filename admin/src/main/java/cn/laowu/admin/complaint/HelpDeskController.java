package cn.laowu.admin.complaint;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.HelpDesk;
import cn.laowu.core.complaint.HelpThread;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人工留言: workers who asked for a person, newest waiting first; a clerk reads and replies. */
@Controller
public class HelpDeskController {

    private final HelpDesk desk;
    private final HelpDeskPerson people;

    public HelpDeskController(HelpDesk desk, HelpDeskPerson people) {
        this.desk = desk;
        this.people = people;
    }

    @GetMapping("/console/complaints/inbox")
    public String inbox(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("threads", desk.inbox(me.scope()));
        // Names in full for those who may open the worker cards anyway; masked for the rest.
        model.addAttribute("fullNames", me.can(cn.laowu.admin.security.Permission.VIEW_WORKERS));
        return "console/complaints/inbox";
    }

    @GetMapping("/console/complaints/inbox/{id}")
    public String thread(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        HelpThread thread = desk.thread(me.scope(), id);
        model.addAttribute("thread", thread);
        model.addAttribute("person", people.of(me, thread));
        model.addAttribute("messages", desk.messages(me.scope(), id));
        model.addAttribute("reachable", desk.reachable(thread));
        model.addAttribute("canReply", me.can(ComplaintSection.HANDLE_COMPLAINTS));
        return "console/complaints/thread";
    }

    @PostMapping("/console/complaints/inbox/{id}/reply")
    @RedirectOnRefusal("/console/complaints/inbox/{id}")
    public String reply(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) String text, Actor actor, RedirectAttributes flash) {
        desk.reply(actor, me.scope(), id, text);
        flash.addFlashAttribute("success", "已回复。");
        return "redirect:/console/complaints/inbox/" + id;
    }
}
