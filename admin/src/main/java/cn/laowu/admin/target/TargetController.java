package cn.laowu.admin.target;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.target.IndicatorCatalogue;
import cn.laowu.core.target.TargetService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.Map;

/**
 * 目标责任书: a unit's own targets and their versions, its children's beside their sum with the
 * warnings, the form that sets a child's targets, 签订, and the printable A4 page.
 */
@Controller
public class TargetController {

    private final TargetService targets;
    private final IndicatorCatalogue catalogue;
    private final RegionService regions;
    private final YearPages pages;

    public TargetController(TargetService targets, IndicatorCatalogue catalogue, RegionService regions, YearPages pages) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.regions = regions;
        this.pages = pages;
    }

    @GetMapping("/console/targets")
    public String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                       @RequestParam(required = false) String region, Model model) {
        int shown = pages.year(year);
        Region unit = pages.region(me, region);
        model.addAttribute("year", shown);
        model.addAttribute("unit", unit);
        model.addAttribute("indicators", catalogue.active());
        model.addAttribute("split", targets.split(me.scope(), shown, unit.getCode()));
        model.addAttribute("versions", targets.versions(me.scope(), shown, unit.getCode()));
        boolean own = unit.getCode().equals(me.regionCode());
        model.addAttribute("canSet", own && me.can(YearSection.SET_TARGETS));
        model.addAttribute("canConfirm", own && me.can(YearSection.CONFIRM_TARGETS));
        model.addAttribute("pages", pages);
        return "console/year/targets";
    }

    @PostMapping("/console/targets/{code}")
    @RedirectOnRefusal("/console/targets?year={year}")
    public String set(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam int year,
                      @RequestParam Map<String, String> form, Actor actor, RedirectAttributes flash) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("t_")) {
                values.put(key.substring(2), value);
            }
        });
        var book = targets.set(actor, me.scope(), year, code, values, form.get("reason"));
        flash.addFlashAttribute("success", regions.get(code).getName() + "的" + year + "年目标已下达(第"
                + book.version() + "版),请对方登录后签订。");
        return "redirect:/console/targets?year=" + year;
    }

    @PostMapping("/console/targets/confirm")
    @RedirectOnRefusal("/console/targets?year={year}")
    public String confirm(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int year,
                          Actor actor, RedirectAttributes flash) {
        var book = targets.confirm(actor, me.scope(), year);
        flash.addFlashAttribute("success", "已签订" + year + "年目标责任书(第" + book.version() + "版)。");
        return "redirect:/console/targets?year=" + year;
    }

    /** The printable 目标责任书 (A4, signatures blank) of a unit in scope: its newest version. */
    @GetMapping("/console/targets/{code}/print")
    public String print(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
                        @RequestParam(required = false) Integer year, Model model) {
        int shown = pages.year(year);
        var versions = targets.versions(me.scope(), shown, code);
        Region unit = regions.get(code);
        model.addAttribute("year", shown);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.getParentCode() == null ? null : regions.get(unit.getParentCode()));
        model.addAttribute("book", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("indicators", catalogue.active());
        return "console/year/targets-print";
    }
}
