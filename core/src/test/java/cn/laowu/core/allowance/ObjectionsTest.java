package cn.laowu.core.allowance;

import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.allowance.Objections.Objector;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static cn.laowu.core.allowance.AllowanceFixture.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Objections to the 公示 list (issue 22): from a known person only, once per person per claim,
 * limited per person, per address and per claim; the claim stays listed, marked 有异议,核查中,
 * until the county settles it.
 */
@SpringBootTest(properties = {"laowu.allowances.objections.per-person-per-day=3",
        "laowu.allowances.objections.per-address-per-day=4", "laowu.allowances.objections.per-claim-per-day=6"})
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ObjectionsTest {

    @Autowired
    AllowanceFixture fixture;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceReview review;
    @Autowired
    PublicNotice notice;
    @Autowired
    Objections objections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondObjectionBySamePersonIsRefusedAndTheClaimStaysListedAsObjected() {
        World w = fixture.world();
        long id = publicised(w);
        String path = w.chain.county().getPath();
        PublicNotice.Row row = row(w, id);
        assertThat(row.objected()).isFalse();
        assertThat(row.from()).isEqualTo(fixture.today());
        assertThat(row.until()).isEqualTo(fixture.today().plusDays(7));

        Objector neighbour = Objector.follower("wx-app", "o-neighbour-" + id);
        objections.lodge(path, row.number(), "此人一直在家,没有外出务工", neighbour, "CHAT", null);
        assertThatThrownBy(() -> objections.lodge(path, row.number(), "再说一次:他没有出去打工", neighbour, "PAGE", "10.1.1.1"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已经对这一条提过异议");
        // The same phone, in another form, is the same person.
        objections.lodge(path, row.number(), "他在县城开店,不是外出务工", Objector.phone("138 0000 2222"), "PAGE", "10.1.1.2");
        assertThatThrownBy(() -> objections.lodge(path, row.number(), "补充一点情况说明", Objector.phone("+8613800002222"),
                "PAGE", "10.1.1.3")).hasMessageContaining("已经对这一条提过异议");

        PublicNotice.Row after = row(w, id);
        assertThat(after.objected()).isTrue();
        assertThat(after.state()).isEqualTo("有异议,核查中");
        assertThat(review.get(w.county, id).claim().getStatus()).isEqualTo(ClaimStatus.OBJECTED);
        assertThat(review.payable(w.county)).extracting(i -> i.claim().getId()).doesNotContain(id);
        // Stored without the phone or openid in clear; the county reads the phone to call back.
        assertThat(jdbc.queryForList("SELECT CONCAT(objector_kind, ' ', objector_hash, ' ', COALESCE(contact_phone, ''))"
                + " FROM allowance_objection WHERE claim_id = ?", String.class, id))
                .hasSize(2).noneMatch(s -> s.contains("13800002222") || s.contains("o-neighbour"));
        Objection byPhone = objections.of(id).stream().filter(o -> "PHONE".equals(o.getObjectorKind())).findFirst().orElseThrow();
        assertThat(objections.phoneOf(byPhone)).isEqualTo("13800002222");

        // Settled by the county: unfounded, back to 公示中; audited.
        review.dismissObjection(w.countyReviewer, w.county, id, "电话核实,此人在宁波在岗");
        assertThat(row(w, id).objected()).isFalse();
        assertThat(objections.of(id)).allMatch(o -> o.getResolution().startsWith("异议不成立"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'allowance_claim' AND entity_id = ?"
                + " AND action = 'OBJECTION'", Integer.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void anonymousObjectionsAreRefused() {
        World w = fixture.world();
        long id = publicised(w);
        String path = w.chain.county().getPath();
        String number = row(w, id).number();
        assertThatThrownBy(() -> objections.lodge(path, number, "此人一直在家没有外出", null, "PAGE", "10.2.0.1"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("匿名");
        assertThatThrownBy(() -> Objector.phone("")).isInstanceOf(RuleViolation.class).hasMessageContaining("手机号");
        assertThatThrownBy(() -> Objector.phone("12345")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Objector.follower("wx-app", null)).isInstanceOf(RuleViolation.class);
        assertThat(objections.of(id)).isEmpty();
        assertThat(row(w, id).objected()).isFalse();
    }

    @Test
    void objectionsAreLimitedPerPersonPerAddressAndPerClaim() {
        World w = fixture.world();
        String path = w.chain.county().getPath();
        List<String> numbers = List.of(row(w, publicised(w)).number(), row(w, publicised(w)).number(),
                row(w, publicised(w)).number(), row(w, publicised(w)).number());
        // One person: 3 a day.
        Objector busy = Objector.follower("wx-app", "o-busy-" + numbers.get(0));
        for (int i = 0; i < 3; i++) {
            objections.lodge(path, numbers.get(i), "情况不属实,请核查", busy, "CHAT", null);
        }
        assertThatThrownBy(() -> objections.lodge(path, numbers.get(3), "情况不属实,请核查", busy, "CHAT", null))
                .hasMessageContaining("今天提的异议已经很多了");
        // One address: 4 a day, whoever says they are.
        String ip = "10.3." + (numbers.get(0).hashCode() & 0xff) + ".9";
        for (int i = 0; i < 4; i++) {
            objections.lodge(path, numbers.get(3), "情况不属实,请核查", Objector.phone("1390000" + (1000 + i)), "PAGE", ip);
        }
        assertThatThrownBy(() -> objections.lodge(path, numbers.get(2), "情况不属实,请核查", Objector.phone("13900009999"),
                "PAGE", ip)).hasMessageContaining("今天提的异议已经很多了");
        // One claim: 6 a day (4 so far on the fourth); the 7th refused, from anywhere.
        objections.lodge(path, numbers.get(3), "情况不属实,请核查", Objector.phone("13700000001"), "PAGE", "10.4.0.1");
        objections.lodge(path, numbers.get(3), "情况不属实,请核查", Objector.phone("13700000002"), "PAGE", "10.4.0.2");
        assertThatThrownBy(() -> objections.lodge(path, numbers.get(3), "情况不属实,请核查",
                Objector.phone("13700000003"), "PAGE", "10.4.0.3")).hasMessageContaining("这一条今天已收到很多异议");
    }

    private long publicised(World w) {
        Worker poor = w.worker(true);
        w.placed(poor, w.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);
        long policy = claims.options(poor.getId()).stream().filter(o -> o.policy().getCode().equals("TRANSPORT"))
                .findFirst().orElseThrow().policy().getId();
        long id = claims.submit(poor.getId(), policy, 30_000L, List.of(photo(EvidenceKind.CONTRACT, "c" + poor.getId()),
                photo(EvidenceKind.TICKET, "t" + poor.getId()))).getId();
        review.townshipApprove(w.townshipClerk, w.township, id);
        review.countyApprove(w.countyReviewer, w.county, id);
        return id;
    }

    private PublicNotice.Row row(World w, long id) {
        return notice.rows(w.chain.county().getCode()).stream().filter(r -> r.claimId() == id).findFirst().orElseThrow();
    }
}
