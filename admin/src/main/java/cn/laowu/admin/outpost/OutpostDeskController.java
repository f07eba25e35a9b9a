package cn.laowu.admin.outpost;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outpost.CaseAction;
import cn.laowu.core.outpost.CaseActionKind;
import cn.laowu.core.outpost.CoHandledCases;
import cn.laowu.core.outpost.CooperationBases;
import cn.laowu.core.outpost.DestinationDivision;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostScope;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.OutpostWorkers;
import cn.laowu.core.support.NotFoundInScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 驻外工作台: an outpost's staff see the workers now working in its area (masked; the 站长 may look
 * up one whole phone, audited), the complaints placed there that it co-handles, and record what
 * they did on each. Every read goes through the outpost scope of the signed-in account.
 */
@Controller
public class OutpostDeskController {

    private static final int PAGE = 100;

    private final OutpostService outposts;
    private final OutpostWorkers workers;
    private final CoHandledCases cases;
    private final DestinationDivisions divisions;
    private final CooperationBases bases;

    public OutpostDeskController(OutpostService outposts, OutpostWorkers workers, CoHandledCases cases,
                                 DestinationDivisions divisions, CooperationBases bases) {
        this.bases = bases;
        this.outposts = outposts;
        this.workers = workers;
        this.cases = cases;
        this.divisions = divisions;
    }

    @GetMapping("/console/outpost")
    public String desk(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        OutpostScope scope = scope(me);
        Outpost outpost = outposts.get(scope);
        model.addAttribute("outpost", outpost);
        model.addAttribute("scope", scope);
        model.addAttribute("area", outposts.area(outpost.id()).stream().map(divisions::fullName).toList());
        model.addAttribute("workers", workers.inArea(scope, PAGE));
        model.addAttribute("placeNames", divisions.all().stream().collect(java.util.stream.Collectors.toMap(
                DestinationDivision::code, divisions::fullName)));
        model.addAttribute("cases", cases.list(scope, PAGE));
        return "console/outposts/desk";
    }

    @GetMapping("/console/outpost/cases/{id}")
    public String caseFile(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        OutpostScope scope = scope(me);
        model.addAttribute("outpost", outposts.get(scope));
        model.addAttribute("c", cases.get(scope, id));
        model.addAttribute("history", cases.history(scope, id));
        model.addAttribute("actions", cases.actions(id));
        model.addAttribute("kinds", CaseActionKind.values());
        return "console/outposts/case";
    }

    @PostMapping("/console/outpost/cases/{id}/actions")
    @RedirectOnRefusal("/console/outpost/cases/{id}")
    public String record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) CaseActionKind kind, @RequestParam(required = false) String text,
                         @RequestParam(required = false) Long amountYuan, @RequestParam(required = false) String bureau,
                         @RequestParam(required = false) String bureauCaseNo, Actor actor,
                         RedirectAttributes flash) {
        CaseAction done = cases.record(actor, scope(me), id,
                new CaseAction.Input(kind, text, amountYuan, bureau, bureauCaseNo));
        flash.addFlashAttribute("success", "已记录:" + done.kind().label() + "。本地的受理、答复和办结仍由户籍地负责。");
        return "redirect:/console/outpost/cases/" + id;
    }

    @PostMapping("/console/outpost/workers/{id}/phone")
    @RedirectOnRefusal("/console/outpost")
    public String phone(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                        RedirectAttributes flash) {
        flash.addFlashAttribute("success", workers.revealPhone(actor, scope(me), id)
                .map(phone -> "手机号:" + phone + "(本次查看已记入操作日志)").orElse("这位务工人员没有留手机号。"));
        return "redirect:/console/outpost";
    }

    /** The bases this outpost looks after, with their visits, and the visit form. */
    @GetMapping("/console/outpost/bases")
    public String bases(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        OutpostScope scope = scope(me);
        List<CooperationBases.Base> mine = bases.ofOutpost(scope);
        model.addAttribute("outpost", outposts.get(scope));
        model.addAttribute("bases", mine);
        model.addAttribute("visits", mine.stream().collect(Collectors.toMap(CooperationBases.Base::id,
                b -> bases.visits(scope, b.id()))));
        return "console/outposts/desk-bases";
    }

    @PostMapping("/console/outpost/bases/{id}/visits")
    @RedirectOnRefusal("/console/outpost/bases")
    public String visit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) String visitedOn, @RequestParam(required = false) String visitors,
                        @RequestParam(required = false) String workersMet, @RequestParam(required = false) String problems,
                        @RequestParam(required = false) String followUps, Actor actor,
                        RedirectAttributes flash) {
        bases.visit(actor, scope(me), id, new CooperationBases.NewVisit(
                ConsoleDates.parse(visitedOn, "走访日期"), visitors, ConsoleDates.count(workersMet, "见到的务工人员人数"),
                problems, followUps));
        flash.addFlashAttribute("success", "走访已记录。");
        return "redirect:/console/outpost/bases";
    }

    private OutpostScope scope(StaffPrincipal me) {
        return outposts.scopeOf(me.id()).orElseThrow(() -> new NotFoundInScope("outpost"));
    }
}
