package cn.laowu.admin.allowance;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 补贴政策: each region's figures, as data an admin changes; the region that set a policy changes it. */
@Controller
public class PolicyController {

    private final AllowanceCatalogue catalogue;

    public PolicyController(AllowanceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/console/allowances/policies")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("policies", catalogue.list(me.scope()));
        model.addAttribute("scopePath", me.scope().path());
        model.addAttribute("canManage", me.can(AllowanceSection.MANAGE_POLICIES));
        return "console/allowances/policies";
    }

    @PostMapping("/console/allowances/policies/{id}")
    @RedirectOnRefusal("/console/allowances/policies")
    public String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(required = false) String amount, @RequestParam(required = false) String capOut,
                       @RequestParam(required = false) String capIn, @RequestParam(required = false) String capPrefecture,
                       @RequestParam(required = false) Integer noticeDays,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                       @RequestParam(defaultValue = "false") boolean enabled, Actor actor,
                       RedirectAttributes flash) {
        catalogue.edit(actor, me.scope(), id, new AllowanceCatalogue.PolicyEdit(null,
                fen(amount), fen(capOut), fen(capIn), fen(capPrefecture), noticeDays, validTo, enabled));
        flash.addFlashAttribute("success", "已保存。新的标准从现在起用于新的申请;已提交的申请按提交时的金额。");
        return "redirect:/console/allowances/policies";
    }

    /** Yuan as typed ("400", "12.5") to fen; empty is "none". */
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
