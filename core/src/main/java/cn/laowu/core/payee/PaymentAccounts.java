package cn.laowu.core.payee;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The account a worker is paid allowances into, given in chat. The number is sealed with the personal-data key
 * and shown masked ({@link Summary}) everywhere; only {@link #forLedger} opens it, for the finance role's ledger.
 */
@Service
public class PaymentAccounts {

    private final PaymentAccountMapper accounts;
    private final PersonalDataProtector protector;
    private final WorkerService workers;
    private final AuditLog audit;
    private final Clock clock;

    public PaymentAccounts(PaymentAccountMapper accounts, PersonalDataProtector protector, WorkerService workers,
                           AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.protector = protector;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    /** What pages show: kind, bank and the masked number (6228 **** **** 5678). */
    public record Summary(AccountKind kind, String bank, String masked) {
        @Override
        public String toString() {
            return bank + kind.label() + " " + masked;
        }
    }

    /** For the ledger only: the holder (the worker), the full number and the bank. */
    public record Payee(String holder, String number, String bank) {
        @Override
        public String toString() {
            return "Payee[" + bank + "]";
        }
    }

    /**
     * A checked number, sealed at once so the dialog never keeps it in clear; the bank from the card's first
     * digits, or null when they name none (then the worker chooses from {@link AccountNumbers#BANKS}).
     */
    public record Checked(AccountKind kind, String sealed, String masked, String bank) {
        @Override
        public String toString() {
            return "Checked[" + kind + " " + masked + "]";
        }
    }

    /** @throws RuleViolation with an example of what to type */
    public Checked check(AccountKind kind, String typed) {
        String digits = AccountNumbers.check(kind, typed);
        // Only the first 8 digits go to the query (BINs are 3 to 8): a debug log of SQL parameters never holds a number.
        String bank = kind == AccountKind.PASSBOOK ? null : accounts.bankOf(digits.substring(0, 8));
        return new Checked(kind, protector.encrypt(digits), AccountNumbers.mask(digits), bank);
    }

    /** Saves (or replaces) the worker's account; audited with the masked number only. */
    @Transactional
    public Summary save(long workerId, Checked checked, String bank) {
        if (bank == null || !(AccountNumbers.BANKS.contains(bank) || bank.equals(checked.bank()))) {
            throw new RuleViolation("请选择开户银行。");
        }
        String digits = protector.decrypt(checked.sealed());
        Worker worker = workers.find(workerId).orElseThrow(() -> new RuleViolation("您还没有实名登记。"));
        LocalDateTime now = LocalDateTime.now(clock);
        PaymentAccount existing = accounts.selectOne(new LambdaQueryWrapper<PaymentAccount>()
                .eq(PaymentAccount::getWorkerId, workerId));
        PaymentAccount account = existing == null ? new PaymentAccount() : existing;
        String before = existing == null ? null : existing.getBankName() + " " + existing.getNumberMasked();
        account.setWorkerId(workerId);
        account.setKind(checked.kind());
        account.setBankName(bank);
        // Sealed afresh: the value the dialog held is not reused as the stored one.
        account.setNumberCipher(protector.encrypt(digits));
        account.setNumberMasked(AccountNumbers.mask(digits));
        account.setUpdatedAt(now);
        if (existing == null) {
            account.setCreatedAt(now);
            accounts.insert(account);
        } else {
            accounts.updateById(account);
        }
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "PAYMENT_ACCOUNT", "payment_account",
                account.getId(), before, bank + checked.kind().label() + " " + account.getNumberMasked());
        return summary(account);
    }

    public Optional<Summary> of(long workerId) {
        return Optional.ofNullable(accounts.selectOne(new LambdaQueryWrapper<PaymentAccount>()
                .eq(PaymentAccount::getWorkerId, workerId))).map(PaymentAccounts::summary);
    }

    public Map<Long, Summary> of(Collection<Long> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return accounts.selectList(new LambdaQueryWrapper<PaymentAccount>().in(PaymentAccount::getWorkerId, workerIds))
                .stream().collect(Collectors.toMap(PaymentAccount::getWorkerId, PaymentAccounts::summary));
    }

    /**
     * Full numbers, for the payment ledger the finance role downloads (its caller audits the download). Nothing
     * else in the application decrypts an account.
     */
    public Map<Long, Payee> forLedger(Collection<Long> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Worker> people = workers.byIds(workerIds);
        return accounts.selectList(new LambdaQueryWrapper<PaymentAccount>().in(PaymentAccount::getWorkerId, workerIds))
                .stream().collect(Collectors.toMap(PaymentAccount::getWorkerId, a -> new Payee(
                        people.get(a.getWorkerId()).getName(), protector.decrypt(a.getNumberCipher()), a.getBankName()),
                        (a, b) -> a, java.util.HashMap::new));
    }

    private static Summary summary(PaymentAccount a) {
        return new Summary(a.getKind(), a.getBankName(), a.getNumberMasked());
    }
}
