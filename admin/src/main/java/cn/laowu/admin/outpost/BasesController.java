package cn.laowu.admin.outpost;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outpost.BaseLedger;
import cn.laowu.core.outpost.CooperationBases;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.OutpostService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.laowu.admin.outpost.ConsoleDates.parse;

/**
 * 劳务合作基地 for the 州 and county offices: mark a destination employer as a base with its
 * agreement, change the agreement, read its 专项台账, and log visits. All in the office's scope.
 */
@Controller
public class BasesController {

    private final CooperationBases bases;
    private final BaseLedger ledger;
    private final OutpostService outposts;
    private final DestinationDivisions divisions;

    public BasesController(CooperationBases bases, BaseLedger ledger, OutpostService outposts,
                           DestinationDivisions divisions) {
        this.bases = bases;
        this.ledger = ledger;
        this.outposts = outposts;
        this.divisions = divisions;
    }

    @GetMapping("/console/bases")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("bases", bases.list(me.scope()));
        common(me, model);
        return "console/outposts/bases";
    }

    @PostMapping("/console/bases")
    @RedirectOnRefusal("/console/bases")
    public String mark(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String employerName,
                       @RequestParam(required = false) String divisionCode, @RequestParam(required = false) String signedOn,
                       @RequestParam(required = false) String endsOn, @RequestParam(required = false) String signedAtPlace,
                       @RequestParam(required = false) String terms, @RequestParam(required = false) Long outpostId,
                       Actor actor, RedirectAttributes flash) {
        CooperationBases.Base base = bases.mark(actor, me.scope(),
                new CooperationBases.NewBase(employerName, divisionCode, parse(signedOn, "签订日期"),
                        parse(endsOn, "到期日期"), signedAtPlace, terms, outpostId));
        flash.addFlashAttribute("success", "已设为劳务合作基地:" + base.employerName() + "。");
        return "redirect:/console/bases/" + base.id();
    }

    @GetMapping("/console/bases/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("base", bases.get(me.scope(), id));
        model.addAttribute("ledger", ledger.rows(me.scope(), id));
        model.addAttribute("visits", bases.visits(me.scope(), id));
        common(me, model);
        return "console/outposts/base";
    }

    @PostMapping("/console/bases/{id}")
    @RedirectOnRefusal("/console/bases/{id}")
    public String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(required = false) String employerName,
                       @RequestParam(required = false) String divisionCode, @RequestParam(required = false) String signedOn,
                       @RequestParam(required = false) String endsOn, @RequestParam(required = false) String signedAtPlace,
                       @RequestParam(required = false) String terms, @RequestParam(required = false) Long outpostId,
                       Actor actor, RedirectAttributes flash) {
        bases.edit(actor, me.scope(), id, new CooperationBases.NewBase(employerName,
                divisionCode, parse(signedOn, "签订日期"), parse(endsOn, "到期日期"), signedAtPlace, terms, outpostId));
        flash.addFlashAttribute("success", "协议已更新。");
        return "redirect:/console/bases/" + id;
    }

    @PostMapping("/console/bases/{id}/visits")
    @RedirectOnRefusal("/console/bases/{id}")
    public String visit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) String visitedOn, @RequestParam(required = false) String visitors,
                        @RequestParam(required = false) String workersMet, @RequestParam(required = false) String problems,
                        @RequestParam(required = false) String followUps, Actor actor,
                        RedirectAttributes flash) {
        bases.visit(actor, me.scope(), id, new CooperationBases.NewVisit(
                parse(visitedOn, "走访日期"), visitors, ConsoleDates.count(workersMet, "见到的务工人员人数"), problems,
                followUps));
        flash.addFlashAttribute("success", "走访已记录。");
        return "redirect:/console/bases/" + id;
    }

    private void common(StaffPrincipal me, Model model) {
        model.addAttribute("outposts", outposts.list(me.scope()));
        model.addAttribute("places", divisions.all());
        model.addAttribute("names", divisions);
        model.addAttribute("placeNames", divisions.all().stream().collect(java.util.stream.Collectors.toMap(
                cn.laowu.core.outpost.DestinationDivision::code, divisions::fullName)));
        model.addAttribute("canManage", OutpostSection.MANAGE_OUTPOSTS.allows(me.role()));
    }
}
