package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 收款账户 through signed XML: a card number that fails the check is refused with an example, a good one is named by
 * its first digits, an unknown one asks for the bank; the number is stored sealed, shown masked in 我的补贴, and
 * never written to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PaymentAccountChatTest extends PortalTestSupport {

    private static final String CARD = "6228480012345678903";

    @Autowired
    RegionService regions;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    PaymentAccounts accounts;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', n, "收款");
        village = chain.village();
    }

    @Test
    void aWrongCardNumberIsRefusedWithAnExampleAndAGoodOneIsKeptSealedAndShownMasked(CapturedOutput output) {
        String openid = newOpenid();
        Worker worker = registered(openid);
        long fare = claims.options(worker.getId()).stream().filter(o -> o.policy().getCode().equals("TRANSPORT"))
                .findFirst().orElseThrow().policy().getId();
        claims.submit(worker.getId(), fare, WorkArea.IN_PROVINCE, 10_000L, List.of(
                new Photo(EvidenceKind.CONTRACT, "image/jpeg", ("c" + openid).getBytes()),
                new Photo(EvidenceKind.TICKET, "image/jpeg", ("t" + openid).getBytes())));
        assertThat(say(openid, "我的补贴").content()).contains("还没有登记收款的银行卡或社保卡,回复 收款账户 登记");

        assertThat(say(openid, "收款账户").content()).contains("1. 银行卡").contains("2. 社保卡");
        assertThat(say(openid, "2").content()).contains("社保卡卡号").contains("例如 6228 4800 1234 5678 903");
        assertThat(say(openid, "6228 4800 1234 5678 904").content()).contains("这个卡号不对,可能有一位输错了")
                .contains("例如 6228 4800 1234 5678 903");
        assertThat(say(openid, "622848").content()).contains("16到19位").contains("您输入了6位");
        assertThat(say(openid, "6228 4800 1234 5678 903").content())
                .contains("已登记收款账户:农业银行社保卡 6228 **** **** 8903").doesNotContain(CARD);
        assertThat(jdbc.queryForObject("SELECT number_cipher FROM payment_account WHERE worker_id = ?", String.class,
                worker.getId())).doesNotContain(CARD).startsWith("v1:");

        assertThat(say(openid, "我的补贴").content()).contains("收款账户:农业银行社保卡 6228 **** **** 8903")
                .doesNotContain(CARD);

        // A card whose first digits name no bank of the table: the worker chooses it.
        assertThat(say(openid, "收款账户").content()).contains("您现在登记的是:农业银行社保卡 6228 **** **** 8903");
        say(openid, "银行卡");
        assertThat(say(openid, "9999 0000 1234 5678").content()).contains("请选开户银行").contains("2. 农村信用社/农商行");
        assertThat(say(openid, "8").content()).contains("请回复银行前面的数字");
        assertThat(say(openid, "2").content()).contains("已登记收款账户:农村信用社/农商行银行卡 9999 **** **** 5678");
        assertThat(accounts.of(worker.getId())).hasValueSatisfying(a -> assertThat(a.bank()).isEqualTo("农村信用社/农商行"));

        assertThat(output.getAll()).doesNotContain(CARD).doesNotContain("9999000012345678")
                .doesNotContain("480012345678");
    }

    @Test
    void someoneNotRegisteredIsSentToRegisterFirst() {
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        assertThat(say(openid, "收款账户").content()).contains("先实名登记");
    }

    private Worker registered(String openid) {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        Worker worker = workers.register(new NewWorker("向收款", idNumberBornIn(1970 + r.nextInt(30)), null, village.getCode(), true));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }
}
