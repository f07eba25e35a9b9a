package cn.laowu.core.payee;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A worker's account: the bank from the card's BIN, sealed at rest, masked on the way out, full only for the ledger. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class PaymentAccountsTest {

    @Autowired
    PaymentAccounts accounts;
    @Autowired
    WorkerService workers;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBankComesFromTheCardsFirstDigitsAndTheNumberIsSealed() {
        Worker worker = worker();
        PaymentAccounts.Checked abc = accounts.check(AccountKind.BANK_CARD, "6228 4800 1234 5678 903");
        assertThat(abc.bank()).isEqualTo("农业银行");
        assertThat(abc.sealed()).doesNotContain("6228480012345678903");
        assertThat(accounts.check(AccountKind.SOCIAL_CARD, "6217000012345678907").bank()).isEqualTo("建设银行");
        PaymentAccounts.Checked unknown = accounts.check(AccountKind.BANK_CARD, "9999000012345678");
        assertThat(unknown.bank()).isNull();
        assertThatThrownBy(() -> accounts.save(worker.getId(), unknown, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("开户银行");
        assertThatThrownBy(() -> accounts.save(worker.getId(), unknown, "某某银行")).isInstanceOf(RuleViolation.class);

        PaymentAccounts.Summary saved = accounts.save(worker.getId(), abc, "农业银行");
        assertThat(saved.toString()).isEqualTo("农业银行银行卡 6228 **** **** 8903");
        String row = jdbc.queryForObject("SELECT CONCAT(number_cipher, '|', number_masked) FROM payment_account "
                + "WHERE worker_id = ?", String.class, worker.getId());
        assertThat(row).doesNotContain("6228480012345678903").doesNotContain("480012345678").startsWith("v1:");
        assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(before_data, ''), after_data) FROM audit_log "
                + "WHERE action = 'PAYMENT_ACCOUNT' AND entity_id = (SELECT id FROM payment_account WHERE worker_id = ?)",
                String.class, worker.getId())).singleElement().asString().contains("6228 **** **** 8903")
                .doesNotContain("6228480012345678903");

        // A second card replaces the first; the ledger alone sees the number.
        accounts.save(worker.getId(), unknown, "农村信用社/农商行");
        assertThat(accounts.of(worker.getId())).hasValueSatisfying(a -> assertThat(a.masked()).isEqualTo("9999 **** **** 5678"));
        assertThat(accounts.forLedger(List.of(worker.getId())).get(worker.getId()))
                .isEqualTo(new PaymentAccounts.Payee("龙收款", "9999000012345678", "农村信用社/农商行"));
    }

    private Worker worker() {
        TestRegions.Chain chain = TestRegions.create(regions);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return workers.register(new NewWorker("龙收款", TestIds.bornIn(1970 + r.nextInt(30)),
                null, chain.village().getCode(), true));
    }
}
