package cn.laowu.admin.outpost;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outpost.Consultations;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.laowu.admin.outpost.ConsoleDates.parse;

/**
 * 会商 records (004 第十五条) of the 州 and county offices: who met whom, on what, what was decided,
 * and the follow-ups with their owners and dates, each marked done when done.
 */
@Controller
public class ConsultationsController {

    /** Follow-up rows the form offers; blank rows are skipped. */
    static final int ROWS = 3;

    private final Consultations consultations;
    private final RegionService regions;

    public ConsultationsController(Consultations consultations, RegionService regions) {
        this.consultations = consultations;
        this.regions = regions;
    }

    @GetMapping("/console/consultations")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("held", consultations.list(me.scope(), 100));
        Map<String, String> officeNames = regions.inScope(me.scope()).stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName, (a, b) -> a));
        model.addAttribute("officeNames", officeNames);
        model.addAttribute("rows", ROWS);
        model.addAttribute("canManage", OutpostSection.MANAGE_OUTPOSTS.allows(me.role()));
        return "console/outposts/consultations";
    }

    @PostMapping("/console/consultations")
    @RedirectOnRefusal("/console/consultations")
    public String record(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String heldOn,
                         @RequestParam(required = false) String counterpart,
                         @RequestParam(required = false) String attendees, @RequestParam(required = false) String issues,
                         @RequestParam(required = false) String decisions,
                         @RequestParam(required = false) String[] task, @RequestParam(required = false) String[] owner,
                         @RequestParam(required = false) String[] dueOn, Actor actor,
                         RedirectAttributes flash) {
        consultations.record(actor, me.scope(), new Consultations.NewConsultation(
                parse(heldOn, "会商日期"), counterpart, attendees, issues, decisions, followUps(task, owner, dueOn)));
        flash.addFlashAttribute("success", "会商已记录。");
        return "redirect:/console/consultations";
    }

    @PostMapping("/console/consultations/follow-ups/{id}/done")
    @RedirectOnRefusal("/console/consultations")
    public String done(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                       RedirectAttributes flash) {
        consultations.done(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已标为完成。");
        return "redirect:/console/consultations";
    }

    private static List<Consultations.FollowUp> followUps(String[] task, String[] owner, String[] dueOn) {
        List<Consultations.FollowUp> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String t = at(task, i);
            String o = at(owner, i);
            String d = at(dueOn, i);
            if (t.isBlank() && o.isBlank() && d.isBlank()) {
                continue;
            }
            out.add(new Consultations.FollowUp(t, o, parse(d, "第" + (i + 1) + "项跟进的完成日期")));
        }
        return out;
    }

    private static String at(String[] values, int i) {
        return values == null || values.length <= i || values[i] == null ? "" : values[i];
    }
}
