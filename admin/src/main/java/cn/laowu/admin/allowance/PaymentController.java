package cn.laowu.admin.allowance;

import cn.idev.excel.FastExcel;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.PaymentBatch;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** 发放台账: claims past 公示 without objection, batched for the bank, exported, marked paid. */
@Controller
public class PaymentController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AllowanceReview review;

    public PaymentController(AllowanceReview review) {
        this.review = review;
    }

    @GetMapping("/console/allowances/payments")
    public String payments(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("payable", review.payable(me.scope()));
        model.addAttribute("batches", review.batches(me.scope()));
        model.addAttribute("canFull", me.can(Permission.EXPORT_FULL));
        return "console/allowances/payments";
    }

    @PostMapping("/console/allowances/payments")
    public String batch(@AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request, RedirectAttributes flash) {
        try {
            PaymentBatch batch = review.createBatch(me.actor(request.getRemoteAddr()), me.scope());
            flash.addFlashAttribute("success", "已生成发放批次 #" + batch.getId() + ",共 " + batch.getClaims() + " 笔。"
                    + "导出台账交银行,银行发放后点“标记已发放”。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/allowances/payments";
    }

    @PostMapping("/console/allowances/payments/{id}/paid")
    public String paid(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, HttpServletRequest request,
                       RedirectAttributes flash) {
        try {
            review.markPaid(me.actor(request.getRemoteAddr()), me.scope(), id);
            flash.addFlashAttribute("success", "批次 #" + id + " 已标记发放,已通知每位申请人。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/allowances/payments";
    }

    /** The bank's ledger; full ID numbers only for roles allowed them (EXPORT_FULL), audited either way. */
    @GetMapping("/console/allowances/payments/{id}/ledger")
    public void ledger(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(defaultValue = "false") boolean full, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        boolean fullIds = full && me.can(Permission.EXPORT_FULL);
        List<AllowanceReview.LedgerRow> rows = review.ledger(me.actor(request.getRemoteAddr()), me.scope(), id, fullIds);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("补贴发放台账-" + id + (fullIds ? "-完整" : "") + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        List<List<String>> head = List.of(List.of("申请编号"), List.of("姓名/单位"), List.of("身份证号"), List.of("县市区"),
                List.of("补贴项目"), List.of("金额(元)"));
        // Every column as text, as a bank's batch import reads it: 申请编号 "12" (never 12.0), 金额 "260.00".
        List<List<Object>> data = rows.stream().map(r -> List.<Object>of(String.valueOf(r.claimId()), r.name(),
                r.idNumber(), r.region(), r.allowance(), BigDecimal.valueOf(r.amountFen(), 2).toPlainString())).toList();
        FastExcel.write(response.getOutputStream()).head(head).sheet("发放台账").doWrite(data);
    }
}
