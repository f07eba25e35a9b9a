package cn.laowu.admin.target;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.PlacementRecords;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.complaint.ComplaintRecords;
import cn.laowu.core.placement.StableRecords;
import cn.laowu.core.placement.WageRecords;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RecordPage;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import cn.laowu.core.training.EnrolmentRecords;
import cn.laowu.core.training.TrainedEmployedRecords;
import cn.laowu.core.worker.CardReviewRecords;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Set;

/**
 * Drill-down: the records behind one unit's figure of the 调度表 (year to the month; for 更新率 its
 * numerator, the cards reviewed), listed by the
 * feature that owns them, in scope, names masked for leaders, paged; every opening is audited.
 */
@Controller
public class RecordsController {

    static final int PAGE = 50;

    private final PlacementRecords placements;
    private final EnrolmentRecords enrolments;
    private final ComplaintRecords complaints;
    private final WageRecords wages;
    private final StableRecords stable;
    private final TrainedEmployedRecords trainedEmployed;
    private final CardReviewRecords cards;
    private final IndicatorCatalogue catalogue;
    private final RegionService regions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final YearPages pages;

    public RecordsController(PlacementRecords placements, EnrolmentRecords enrolments, ComplaintRecords complaints,
                             WageRecords wages, StableRecords stable, TrainedEmployedRecords trainedEmployed,
                             CardReviewRecords cards, IndicatorCatalogue catalogue, RegionService regions,
                             AuditLog audit, TransactionTemplate transaction, YearPages pages) {
        this.stable = stable;
        this.trainedEmployed = trainedEmployed;
        this.cards = cards;
        this.placements = placements;
        this.enrolments = enrolments;
        this.complaints = complaints;
        this.wages = wages;
        this.catalogue = catalogue;
        this.regions = regions;
        this.audit = audit;
        this.transaction = transaction;
        this.pages = pages;
    }

    /** The indicators whose records can be listed; the others show their figure only. */
    static final Set<String> LISTABLE = Set.of("TRANSFER", "TRANSFER_OUT", "TRANSFER_PROVINCE", "TRANSFER_COUNTY",
            "TRANSFER_POOR", "STABLE", "TRAINED", "TRAINED_EMPLOYED", "INCOME", "COMPLAINT_ON_TIME", "CARD_UPDATE");

    @GetMapping("/console/dispatch/records")
    public String records(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String region,
                          @RequestParam String indicator, @RequestParam int year, @RequestParam int month,
                          @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
        Region unit = regions.find(region).filter(me.scope()::covers).orElseThrow(() -> new NotFoundInScope("region"));
        Indicator shown = catalogue.find(indicator).filter(i -> LISTABLE.contains(i.code()))
                .orElseThrow(() -> new NotFoundInScope("indicator"));
        if (year < 2000 || year > pages.year(null) || month < 1 || month > 12) {
            throw new NotFoundInScope("period");
        }
        int current = Math.max(1, page);
        RecordPage found = find(shown.code(), unit.getPath(), year, month, (current - 1) * PAGE);
        boolean fullNames = me.can(YearSection.SEE_RECORD_NAMES);
        List<RecordPage.Line> lines = found.lines().stream().map(l -> fullNames ? l : new RecordPage.Line(l.id(),
                Masking.name(l.name()), l.idNumberMasked(), l.day(), l.what(), l.amountFen(), l.late())).toList();
        transaction.executeWithoutResult(status -> audit.record(actor, "VIEW_RECORDS",
                "target_indicator", shown.code(), null, unit.getName() + " " + year + "年1-" + month + "月 第" + current
                        + "页(" + lines.size() + "条)"));
        model.addAttribute("unit", unit);
        model.addAttribute("indicator", shown);
        model.addAttribute("year", year);
        model.addAttribute("month", month);
        model.addAttribute("page", current);
        model.addAttribute("pageCount", Math.max(1, (found.total() + PAGE - 1) / PAGE));
        model.addAttribute("found", found);
        model.addAttribute("lines", lines);
        model.addAttribute("pages", pages);
        return "console/year/records";
    }

    private RecordPage find(String code, String path, int year, int month, int offset) {
        return switch (code) {
            case "TRANSFER" -> placements.firstPlacements(path, year, month, List.of(), false, offset, PAGE);
            case "TRANSFER_OUT" -> placements.firstPlacements(path, year, month, List.of("OUT_OF_PROVINCE"), false, offset, PAGE);
            case "TRANSFER_PROVINCE" -> placements.firstPlacements(path, year, month,
                    List.of("IN_PROVINCE", "IN_PREFECTURE"), false, offset, PAGE);
            case "TRANSFER_COUNTY" -> placements.firstPlacements(path, year, month, List.of("IN_COUNTY"), false, offset, PAGE);
            case "TRANSFER_POOR" -> placements.firstPlacements(path, year, month, List.of(), true, offset, PAGE);
            case "STABLE" -> stable.stable(path, year, month, offset, PAGE);
            case "TRAINED" -> enrolments.firstEnrolments(path, year, month, offset, PAGE);
            case "TRAINED_EMPLOYED" -> trainedEmployed.trainedAndPlaced(path, year, month, offset, PAGE);
            case "CARD_UPDATE" -> cards.reviewed(path, year, month, offset, PAGE);
            case "INCOME" -> wages.earning(path, year, month, offset, PAGE);
            case "COMPLAINT_ON_TIME" -> complaints.due(path, year, month, offset, PAGE);
            default -> throw new NotFoundInScope("indicator");
        };
    }
}
