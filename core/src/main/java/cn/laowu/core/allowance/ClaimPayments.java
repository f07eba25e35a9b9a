package cn.laowu.core.allowance;

import cn.laowu.core.payee.PaymentAccounts;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a payment batch does to the claims in it (payment package, {@code allowance.payment}): the claims
 * go into the batch, are listed for the bank's file, and are paid, each worker told. The claims stay
 * this package's rows; the batch is the payment package's.
 */
@Service
public class ClaimPayments {

    private final ClaimMapper claims;
    private final AllowanceCatalogue catalogue;
    private final AllowanceReview review;
    private final PaymentAccounts accounts;

    public ClaimPayments(ClaimMapper claims, AllowanceCatalogue catalogue, AllowanceReview review,
                         PaymentAccounts accounts) {
        this.claims = claims;
        this.catalogue = catalogue;
        this.review = review;
        this.accounts = accounts;
    }

    /** Moves the claims (still 公示) into the batch; answers how many moved. */
    public int putInBatch(List<Long> claimIds, long batchId, LocalDateTime now) {
        return claims.update(null, new LambdaUpdateWrapper<AllowanceClaim>()
                .in(AllowanceClaim::getId, claimIds)
                .eq(AllowanceClaim::getStatus, ClaimStatus.PUBLICISED)
                .set(AllowanceClaim::getStatus, ClaimStatus.IN_BATCH).set(AllowanceClaim::getBatchId, batchId)
                .set(AllowanceClaim::getUpdatedAt, now));
    }

    /** Every claim of a batch, in id order. */
    public List<AllowanceClaim> inBatch(long batchId) {
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                .eq(AllowanceClaim::getBatchId, batchId).orderByAsc(AllowanceClaim::getId));
    }

    /** The bank paid: every claim still in the batch is paid and its worker told; answers how many. */
    public int paid(long batchId, LocalDateTime now) {
        List<AllowanceClaim> list = claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                .eq(AllowanceClaim::getBatchId, batchId).eq(AllowanceClaim::getStatus, ClaimStatus.IN_BATCH));
        claims.update(null, new LambdaUpdateWrapper<AllowanceClaim>().eq(AllowanceClaim::getBatchId, batchId)
                .eq(AllowanceClaim::getStatus, ClaimStatus.IN_BATCH).set(AllowanceClaim::getStatus, ClaimStatus.PAID)
                .set(AllowanceClaim::getPaidAt, now).set(AllowanceClaim::getUpdatedAt, now));
        Map<Long, AllowancePolicy> policies = catalogue.all();
        for (AllowanceClaim claim : list) {
            AllowancePolicy policy = policies.get(claim.getPolicyId());
            review.tell(claim, "paid", policy, "已发放", AllowanceRules.yuan(claim.getAmountFen()),
                    "您的「" + policy.getName() + "」" + AllowanceRules.yuan(claim.getAmountFen())
                            + "已发放" + accounts.of(claim.getWorkerId()).map(a -> "到您登记的" + a + ",请留意到账。")
                            .orElse("。平台没有您的银行卡或社保卡账号,钱发到乡镇社会保障站为您登记的账户;"
                                    + "不清楚是哪张卡,请带身份证问乡镇社会保障站。"));
        }
        return list.size();
    }
}
