package cn.laowu.admin.allowance;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.Objections;
import cn.laowu.core.allowance.ClaimEvidence;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.poverty.PovertyList;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * 补贴审核: the queue by state, one claim with its photos, fraud flags and objections, and the
 * review steps (乡镇初审, 县审核, 驳回, 要求补材料, 异议核查).
 */
@Controller
public class AllowanceController {

    private final AllowanceReview review;
    private final PaymentAccounts accounts;
    private final PovertyList povertyList;
    private final Objections objections;

    public AllowanceController(AllowanceReview review, PaymentAccounts accounts, PovertyList povertyList,
                               Objections objections) {
        this.review = review;
        this.accounts = accounts;
        this.povertyList = povertyList;
        this.objections = objections;
    }

    @GetMapping("/console/allowances")
    public String queue(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String status,
                        Model model) {
        ClaimStatus shown = Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(ClaimStatus.SUBMITTED);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("items", review.queue(me.scope(), shown));
        model.addAttribute("noticeRegion", me.regionCode());
        model.addAttribute("canPay", me.can(AllowanceSection.PAY_ALLOWANCES));
        return "console/allowances/list";
    }

    @GetMapping("/console/allowances/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        AllowanceReview.Item item = review.get(me.scope(), id);
        model.addAttribute("item", item);
        model.addAttribute("facts", review.facts(me.scope(), id));
        // The payee's account, masked (the full number is only in the finance role's ledger); the list's word on 建档立卡.
        model.addAttribute("account", accounts.of(item.claim().getWorkerId()).map(Object::toString).orElse(null));
        model.addAttribute("household", povertyList.householdOf(item.worker()).orElse(null));
        model.addAttribute("canReview", me.can(AllowanceSection.REVIEW_ALLOWANCES));
        // The county's steps are shown only to county or prefecture staff (the service refuses the rest).
        boolean countyLevel = me.scope().path().split("/").length <= 3;
        model.addAttribute("countyLevel", countyLevel);
        // The county calls an objector back on the number left outside WeChat; nobody else sees it.
        Map<Long, String> phones = new HashMap<>();
        if (countyLevel) {
            item.objections().stream().filter(o -> o.getContactPhone() != null)
                    .forEach(o -> phones.put(o.getId(), objections.phoneOf(o)));
        }
        model.addAttribute("objectorPhones", phones);
        model.addAttribute("sameAsTownship", me.getUsername().equals(item.claim().getTownshipBy()));
        return "console/allowances/detail";
    }

    @GetMapping("/console/allowances/{id}/evidence/{evidenceId}")
    public ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                        @PathVariable long evidenceId) {
        ClaimEvidence photo = review.photo(me.scope(), id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(photo.getContent());
    }

    @PostMapping("/console/allowances/{id}/township")
    @RedirectOnRefusal("/console/allowances/{id}")
    public String township(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                           RedirectAttributes flash) {
        return act(id, flash, "乡镇初审通过,已转县审核。",
                () -> review.townshipApprove(actor, me.scope(), id));
    }

    @PostMapping("/console/allowances/{id}/county")
    @RedirectOnRefusal("/console/allowances/{id}")
    public String county(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                         RedirectAttributes flash) {
        return act(id, flash, "县审核通过,已进入公示,已通知申请人。",
                () -> review.countyApprove(actor, me.scope(), id));
    }

    @PostMapping("/console/allowances/{id}/reject")
    @RedirectOnRefusal("/console/allowances/{id}")
    public String reject(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) String reason, Actor actor,
                         RedirectAttributes flash) {
        return act(id, flash, "已驳回,原因已告诉申请人。",
                () -> review.reject(actor, me.scope(), id, reason));
    }

    @PostMapping("/console/allowances/{id}/evidence")
    @RedirectOnRefusal("/console/allowances/{id}")
    public String askEvidence(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                              @RequestParam(required = false) String request, Actor actor,
                              RedirectAttributes flash) {
        return act(id, flash, "已请申请人补充材料,对方在公众号里补交后会回到初审。",
                () -> review.askEvidence(actor, me.scope(), id, request));
    }

    @PostMapping("/console/allowances/{id}/dismiss")
    @RedirectOnRefusal("/console/allowances/{id}")
    public String dismiss(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                          @RequestParam(required = false) String finding, Actor actor,
                          RedirectAttributes flash) {
        return act(id, flash, "异议核查不成立,已恢复公示。",
                () -> review.dismissObjection(actor, me.scope(), id, finding));
    }

    private static String act(long id, RedirectAttributes flash, String success, Runnable step) {
        step.run();
        flash.addFlashAttribute("success", success);
        return "redirect:/console/allowances/" + id;
    }
}
