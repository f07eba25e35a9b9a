package cn.laowu.admin.allowance;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.training.TrainingStandards;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.CertificateLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;

/**
 * 培训补贴标准: per region, occupation and certificate level, set by county and prefecture admins for
 * their own region (or one below); the training subsidy of a course is computed from them.
 */
@Controller
public class StandardController {

    private final TrainingStandards standards;
    private final RegionService regions;

    public StandardController(TrainingStandards standards, RegionService regions) {
        this.standards = standards;
        this.regions = regions;
    }

    @GetMapping("/console/allowances/standards")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("standards", standards.list(me.scope()));
        model.addAttribute("scopePath", me.scope().path());
        model.addAttribute("canManage", me.can(AllowanceSection.MANAGE_POLICIES));
        model.addAttribute("regions", regions.inScope(me.scope()));
        model.addAttribute("levels", CertificateLevel.values());
        return "console/allowances/standards";
    }

    @PostMapping("/console/allowances/standards")
    @RedirectOnRefusal("/console/allowances/standards")
    public String set(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String region,
                      @RequestParam(required = false) String occupation, @RequestParam CertificateLevel level,
                      @RequestParam String amount, @RequestParam(defaultValue = "false") boolean certificateRequired,
                      @RequestParam(required = false) String povertyPercent,
                      @RequestParam(required = false) String upgradePercent,
                      @RequestParam(required = false) String basis, Actor actor, RedirectAttributes flash) {
        standards.set(actor, me.scope(), region, occupation, level, fen(amount),
                certificateRequired, percent(povertyPercent, "建档立卡就业前培训的比例"),
                percent(upgradePercent, "岗位技能提升培训的比例"), basis);
        flash.addFlashAttribute("success", "已保存。新的标准用于之后结业或发证的学员;已生成的申请按生成时的金额。");
        return "redirect:/console/allowances/standards";
    }

    @PostMapping("/console/allowances/standards/{id}/delete")
    public String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                         RedirectAttributes flash) {
        standards.remove(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已删除。这个工种和等级改用上级地区或“全部工种”的标准。");
        return "redirect:/console/allowances/standards";
    }

    /** A rate as typed ("170" or "170%"); blank leaves the row's rate as it is. */
    private static Integer percent(String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.trim();
        if (digits.endsWith("%") || digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).trim();
        }
        if (!digits.matches("\\d{1,3}")) {
            throw new RuleViolation(what + "请填0到" + TrainingStandards.MAX_PERCENT + "之间的整数,如 170。");
        }
        return Integer.valueOf(digits);
    }

    private static Long fen(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RuleViolation("金额请填数字(元),最多两位小数。");
        }
    }
}
