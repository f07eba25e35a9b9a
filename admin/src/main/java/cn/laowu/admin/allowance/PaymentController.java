package cn.laowu.admin.allowance;

import cn.idev.excel.FastExcel;
import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.payment.PaymentBatch;
import cn.laowu.core.allowance.payment.PaymentBatches;
import cn.laowu.core.allowance.payment.PaymentLedger;
import cn.laowu.core.audit.AuditLog.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    static final List<List<String>> HEAD = List.of(List.of("序号"), List.of("户名"), List.of("账号"), List.of("开户行"),
            List.of("金额"), List.of("用途"), List.of("申请编号"));

    private final AllowanceReview review;
    private final PaymentBatches batches;
    private final PaymentLedger ledgers;

    public PaymentController(AllowanceReview review, PaymentLedger ledgers, PaymentBatches batches) {
        this.batches = batches;
        this.review = review;
        this.ledgers = ledgers;
    }

    @GetMapping("/console/allowances/payments")
    public String payments(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("payable", review.payable(me.scope()));
        model.addAttribute("batches", batches.batches(me.scope()));
        model.addAttribute("canPay", me.can(AllowanceSection.PAY_ALLOWANCES));
        model.addAttribute("canLedger", me.can(AllowanceSection.DOWNLOAD_LEDGER));
        return "console/allowances/payments";
    }

    @PostMapping("/console/allowances/payments")
    @RedirectOnRefusal("/console/allowances/payments")
    public String batch(@AuthenticationPrincipal StaffPrincipal me, Actor actor, RedirectAttributes flash) {
        PaymentBatch batch = batches.createBatch(actor, me.scope());
        flash.addFlashAttribute("success", "已生成发放批次 #" + batch.getId() + ",共 " + batch.getClaims() + " 笔。"
                + "导出台账交银行,银行发放后点“标记已发放”。");
        return "redirect:/console/allowances/payments";
    }

    @PostMapping("/console/allowances/payments/{id}/paid")
    @RedirectOnRefusal("/console/allowances/payments")
    public String paid(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                       RedirectAttributes flash) {
        batches.markPaid(actor, me.scope(), id);
        flash.addFlashAttribute("success", "批次 #" + id + " 已标记发放,已通知每位申请人。");
        return "redirect:/console/allowances/payments";
    }

    /**
     * The bank's batch file (代发): 序号, 户名, 账号, 开户行, 金额 (two decimals), 用途, 申请编号, every cell text so
     * the bank's import reads 申请编号 as "12" and an account as its 19 digits. Only the finance role reaches here
     * (AllowanceSection); the download is audited by the ledger.
     */
    @GetMapping("/console/allowances/payments/{id}/ledger")
    public void ledger(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                       HttpServletResponse response) throws IOException {
        PaymentLedger.Ledger ledger = ledgers.of(actor, me.scope(), id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("补贴发放台账-" + id + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        List<List<Object>> data = ledger.rows().stream().map(r -> List.<Object>of(String.valueOf(r.number()), r.holder(),
                r.account(), r.bank(), BigDecimal.valueOf(r.amountFen(), 2).toPlainString(), r.purpose(),
                String.valueOf(r.claimId()))).toList();
        FastExcel.write(response.getOutputStream()).head(HEAD).sheet("发放台账").doWrite(data);
    }
}
