package cn.laowu.core.allowance.payment;

import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaim;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.ClaimPayments;
import cn.laowu.core.allowance.Claimant;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.payee.PaymentAccounts.Payee;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bank's batch file of a payment batch (代发): one row per claim, with the payee's account in full. The only
 * place account numbers leave the database in clear; the console lets only the finance role (财务) ask for it, and
 * every download is audited (with the count, never a number).
 */
@Service
public class PaymentLedger {

    private final ClaimPayments claims;
    private final PaymentBatches batches;
    private final AllowanceReview review;
    private final AllowanceCatalogue catalogue;
    private final PaymentAccounts accounts;
    private final WorkerService workers;
    private final AuditLog audit;

    public PaymentLedger(ClaimPayments claims, PaymentBatches batches, AllowanceReview review,
                         AllowanceCatalogue catalogue, PaymentAccounts accounts, WorkerService workers, AuditLog audit) {
        this.claims = claims;
        this.batches = batches;
        this.review = review;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.workers = workers;
        this.audit = audit;
    }

    /**
     * 序号, 户名, 账号, 开户行, 金额 (fen), 用途, 申请编号. A claim whose payee has no account on file (an employer,
     * a broker, an institution, or a worker who has not given one) keeps its row with the account empty, so the
     * finance office sees what the bank cannot pay.
     */
    public record Row(int number, String holder, String account, String bank, long amountFen, String purpose,
                      long claimId) {
        @Override
        public String toString() {
            return "Row[" + number + " #" + claimId + "]";
        }
    }

    public record Ledger(List<Row> rows, int withoutAccount) {
    }

    @Transactional
    public Ledger of(Actor actor, RegionScope scope, long batchId) {
        batches.batch(scope, batchId);
        List<AllowanceClaim> list = claims.inBatch(batchId);
        Map<Long, AllowancePolicy> policies = catalogue.all();
        List<Long> paidToWorkers = list.stream().filter(c -> c.getClaimantType() == Claimant.WORKER)
                .map(AllowanceClaim::getWorkerId).distinct().toList();
        Map<Long, Payee> payees = accounts.forLedger(paidToWorkers);
        Map<Long, Worker> people = workers.byIds(list.stream().map(AllowanceClaim::getWorkerId).distinct().toList());
        List<Row> rows = new ArrayList<>();
        int missing = 0;
        for (AllowanceClaim c : list) {
            Payee payee = c.getClaimantType() == Claimant.WORKER ? payees.get(c.getWorkerId()) : null;
            if (payee == null) {
                missing++;
            }
            String holder = payee != null ? payee.holder() : review.claimant(c, people.get(c.getWorkerId()));
            rows.add(new Row(rows.size() + 1, holder, payee == null ? "" : payee.number(),
                    payee == null ? "" : payee.bank(), c.getAmountFen(), policies.get(c.getPolicyId()).getName(),
                    c.getId()));
        }
        audit.record(actor, "EXPORT_LEDGER", "allowance_batch", batchId, null,
                "下载发放台账 " + rows.size() + " 笔(含收款账号)" + (missing > 0 ? "," + missing + " 笔没有账号" : ""));
        return new Ledger(rows, missing);
    }
}
