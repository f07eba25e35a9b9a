package cn.laowu.core.allowance.payment;

import cn.laowu.core.allowance.AllowanceClaim;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimPayments;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The county's payment batches (发放批次): the claims whose 公示 ended without objection go to the
 * bank together, and are marked paid when the bank has paid. The finance office's bank file is
 * {@link PaymentLedger}.
 */
@Service
public class PaymentBatches {

    private final PaymentBatchMapper batches;
    private final AllowanceReview review;
    private final ClaimPayments claims;
    private final AuditLog audit;
    private final Clock clock;

    public PaymentBatches(PaymentBatchMapper batches, AllowanceReview review, ClaimPayments claims, AuditLog audit,
                          Clock clock) {
        this.batches = batches;
        this.review = review;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PaymentBatch createBatch(Actor actor, RegionScope scope) {
        AllowanceReview.requireCounty(scope);
        List<AllowanceClaim> ready = review.payable(scope).stream().map(AllowanceReview.Item::claim).toList();
        if (ready.isEmpty()) {
            throw new RuleViolation("没有公示期满、无异议的待发放申请。");
        }
        PaymentBatch batch = new PaymentBatch();
        batch.setRegionPath(scope.path());
        batch.setClaims(ready.size());
        batch.setTotalFen(ready.stream().mapToLong(AllowanceClaim::getAmountFen).sum());
        batch.setCreatedBy(actor.username());
        batch.setCreatedAt(now());
        batches.insert(batch);
        int moved = claims.putInBatch(ready.stream().map(AllowanceClaim::getId).toList(), batch.getId(), now());
        if (moved != ready.size()) {
            throw new RuleViolation("名单刚有变化,请刷新后重试。");
        }
        audit.record(actor, "PAYMENT_BATCH", "allowance_batch", batch.getId(), null,
                moved + " 笔,共 " + AllowanceRules.yuan(batch.getTotalFen()));
        return batch;
    }

    public List<PaymentBatch> batches(RegionScope scope) {
        return batches.selectList(new LambdaQueryWrapper<PaymentBatch>().func(w -> scope.applyTo(w, PaymentBatch::getRegionPath))
                .orderByDesc(PaymentBatch::getId).last("LIMIT 100"));
    }

    public PaymentBatch batch(RegionScope scope, long id) {
        PaymentBatch batch = batches.selectOne(new LambdaQueryWrapper<PaymentBatch>().eq(PaymentBatch::getId, id)
                .func(w -> scope.applyTo(w, PaymentBatch::getRegionPath)));
        if (batch == null) {
            throw new NotFoundInScope("Payment batch");
        }
        return batch;
    }


    /** The bank paid: every claim of the batch is paid and each worker is told. */
    @Transactional
    public void markPaid(Actor actor, RegionScope scope, long batchId) {
        AllowanceReview.requireCounty(scope);
        PaymentBatch batch = batch(scope, batchId);
        if (batch.getPaidAt() != null) {
            throw new RuleViolation("这一批已经标记为已发放。");
        }
        LocalDateTime now = now();
        batches.update(null, new LambdaUpdateWrapper<PaymentBatch>().eq(PaymentBatch::getId, batchId)
                .isNull(PaymentBatch::getPaidAt).set(PaymentBatch::getPaidAt, now).set(PaymentBatch::getPaidBy, actor.username()));
        int paid = claims.paid(batchId, now);
        audit.record(actor, "PAID", "allowance_batch", batchId, null, paid + " 笔已发放");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
