package cn.laowu.admin.target;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.target.IndicatorCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator catalogue: the 州 words, adds and retires indicators; everyone else reads the definitions. */
@Controller
public class IndicatorController {

    private final IndicatorCatalogue catalogue;

    public IndicatorController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/console/indicators")
    public String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("indicators", catalogue.all());
        model.addAttribute("canEdit", me.can(YearSection.EDIT_INDICATORS));
        return "console/year/indicators";
    }

    @PostMapping("/console/indicators")
    @RedirectOnRefusal("/console/indicators")
    public String add(@RequestParam(required = false) String name,
                      @RequestParam(required = false) String unit, @RequestParam(required = false) String definition,
                      @RequestParam(defaultValue = "true") boolean higherBetter, Actor actor,
                      RedirectAttributes flash) {
        var added = catalogue.add(actor,
                new IndicatorCatalogue.Form(name, unit, definition, higherBetter));
        flash.addFlashAttribute("success", "已新增指标「" + added.name() + "」,下达目标时就能填了。");
        return "redirect:/console/indicators";
    }

    @PostMapping("/console/indicators/{code}")
    @RedirectOnRefusal("/console/indicators")
    public String edit(@PathVariable String code,
                       @RequestParam(required = false) String name, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) String definition,
                       @RequestParam(defaultValue = "true") boolean higherBetter, Actor actor,
                       RedirectAttributes flash) {
        var edited = catalogue.edit(actor, code,
                new IndicatorCatalogue.Form(name, unit, definition, higherBetter));
        flash.addFlashAttribute("success", "已保存「" + edited.name() + "」。");
        return "redirect:/console/indicators";
    }

    @PostMapping("/console/indicators/{code}/active")
    @RedirectOnRefusal("/console/indicators")
    public String active(@PathVariable String code,
                         @RequestParam boolean active, Actor actor, RedirectAttributes flash) {
        var changed = catalogue.setActive(actor, code, active);
        flash.addFlashAttribute("success", (active ? "已恢复「" : "已停用「") + changed.name()
                + (active ? "」。" : "」:不再下达新目标,已有的目标和调度记录都保留。"));
        return "redirect:/console/indicators";
    }

    @PostMapping("/console/indicators/{code}/delete")
    @RedirectOnRefusal("/console/indicators")
    public String delete(@PathVariable String code,
                         Actor actor, RedirectAttributes flash) {
        catalogue.delete(actor, code);
        flash.addFlashAttribute("success", "已删除这个指标。");
        return "redirect:/console/indicators";
    }
}
