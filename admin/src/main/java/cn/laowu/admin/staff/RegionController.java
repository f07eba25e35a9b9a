package cn.laowu.admin.staff;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 区划管理: the divisions of one's region, adding townships and villages under them, and each
 * office's phone (workers are given it where a service station has none).
 */
@Controller
public class RegionController {

    private final RegionService regions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public RegionController(RegionService regions, AuditLog audit, TransactionTemplate transaction) {
        this.regions = regions;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/console/regions")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("regions", regions.inScope(me.scope()));
        return "console/staff/regions";
    }

    @PostMapping("/console/regions")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String parentCode,
                         @RequestParam String code, @RequestParam String name,
                         Actor actor, RedirectAttributes flash) {
        try {
            Region parent = regions.find(parentCode).orElse(null);
            if (!me.scope().covers(parent)) {
                throw new RuleViolation("只能在本辖区内添加区划。");
            }
            Region created = transaction.execute(status -> {
                Region region = regions.create(code == null ? null : code.trim(), name, parentCode, 0);
                audit.record(actor, "CREATE", "region", region.getCode(), null,
                        region.getName() + " (" + region.getLevel().label() + ")");
                return region;
            });
            flash.addFlashAttribute("success", "已添加 " + created.getName() + "。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (DuplicateKeyException e) {
            flash.addFlashAttribute("error", "这个代码已经存在。");
        }
        return "redirect:/console/regions";
    }

    @PostMapping("/console/regions/{code}/phone")
    public String setPhone(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
                           @RequestParam(required = false) String phone, Actor actor,
                           RedirectAttributes flash) {
        Region region = regions.find(code).filter(r -> me.scope().covers(r)).orElse(null);
        if (region == null) {
            flash.addFlashAttribute("error", "只能修改本辖区的办公电话。");
            return "redirect:/console/regions";
        }
        try {
            transaction.executeWithoutResult(status -> {
                regions.setOfficePhone(code, phone);
                audit.record(actor, "UPDATE", "region", code, region.getOfficePhone(),
                        region.getName() + " 办公电话:" + (phone == null || phone.isBlank() ? "(清空)" : phone.strip()));
            });
            flash.addFlashAttribute("success", "已保存 " + region.getName() + " 的办公电话。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/regions";
    }
}
