package cn.laowu.admin.complaint;

import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintEvidence;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * 投诉档案 (002 (六) "每件投诉都要有档案"): one complaint with its whole history on A4 pages, to print
 * or save as PDF from the browser for the archive. In scope like the case itself; each opening is
 * audited, since it gathers a person's case on one sheet.
 */
@Controller
public class CaseFileController {

    private final ComplaintEvidence evidence;
    private final ComplaintQueue caseQueue;
    private final AuditLog audit;
    private final Clock clock;
    private final RegionService regions;

    private final TransactionTemplate transaction;

    public CaseFileController(ComplaintEvidence evidence, ComplaintQueue caseQueue, AuditLog audit, Clock clock, RegionService regions,
                              TransactionTemplate transaction) {
        this.transaction = transaction;
        this.regions = regions;
        this.evidence = evidence;
        this.caseQueue = caseQueue;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/console/complaints/{id}/file")
    public String file(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                       Model model) {
        Complaint c = caseQueue.get(me.scope(), id);
        model.addAttribute("c", c);
        model.addAttribute("name", me.can(Permission.VIEW_WORKERS) ? c.getComplainantName()
                : Masking.name(c.getComplainantName()));
        model.addAttribute("owner", regions.find(c.getOwnerRegionCode()).map(Region::getName).orElse(c.getOwnerRegionCode()));
        model.addAttribute("history", caseQueue.history(me.scope(), id));
        model.addAttribute("photoCount", evidence.photos(me.scope(), id).size());
        model.addAttribute("printedBy", me.displayName());
        model.addAttribute("printedAt", ComplaintController.time(LocalDateTime.now(clock)));
        transaction.executeWithoutResult(status -> audit.record(actor, "VIEW_CASE_FILE",
                "complaint", id, null, c.getCaseNo()));
        return "console/complaints/file";
    }

}
