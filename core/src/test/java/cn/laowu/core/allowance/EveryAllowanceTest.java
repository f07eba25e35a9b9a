package cn.laowu.core.allowance;

import cn.laowu.core.TestIds;
import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static cn.laowu.core.allowance.AllowanceFixture.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allowances of 004 beyond platform placements, each a catalogue row: the fare of a 建档立卡 worker
 * who found work alone (第二十条), the 特困学生扶贫助学补助 (第十八条), and the articles the rows cite.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class EveryAllowanceTest {

    @Autowired
    AllowanceFixture fixture;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    WorkerService workers;

    @Test
    void aSelfArrangedMigrantClaimsTheFareForWhereHeSaysOncePerYear() {
        World w = fixture.world();
        Worker alone = w.worker(true);
        AllowanceClaims.Option fare = option(alone.getId(), "TRANSPORT");
        assertThat(fare.claimable()).isTrue();
        assertThat(fare.asksArea()).isTrue();
        assertThat(fare.placement()).isEqualTo("自己外出务工");
        long policyId = fare.policy().getId();
        List<Photo> evidence = List.of(photo(EvidenceKind.CONTRACT, "self-contract" + alone.getId()),
                photo(EvidenceKind.TICKET, "self-ticket" + alone.getId()));

        assertThatThrownBy(() -> claims.submit(alone.getId(), policyId, null, 30_000L, evidence))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("没有路费补助");
        assertThatThrownBy(() -> claims.submit(alone.getId(), policyId, WorkArea.IN_COUNTY, 30_000L, evidence))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("县内");
        assertThatThrownBy(() -> claims.submit(alone.getId(), policyId, WorkArea.IN_PROVINCE, 30_000L,
                List.of(evidence.get(1)))).hasMessageContaining("劳动合同");
        assertThat(claims.mine(alone.getId())).isEmpty();

        assertThat(claims.quote(fare.in(WorkArea.IN_PREFECTURE), 30_000L).amountFen()).isEqualTo(10_000);
        AllowanceClaim claim = claims.submit(alone.getId(), policyId, WorkArea.IN_PROVINCE, 30_000L, evidence);
        assertThat(claim.getAmountFen()).isEqualTo(20_000);
        assertThat(claim.getApplicationId()).isNull();
        assertThat(claim.getEventKey()).startsWith("self:");
        assertThat(option(alone.getId(), "TRANSPORT").reason()).contains("今年自己外出务工的交通路费补助已经申请过了");
        assertThatThrownBy(() -> claims.submit(alone.getId(), policyId, WorkArea.OUT_OF_PROVINCE, 30_000L, evidence))
                .isInstanceOf(RuleViolation.class);
        assertThat(claims.mine(alone.getId())).hasSize(1);

        // Not 建档立卡: told why, nothing asked.
        assertThat(option(w.worker(false).getId(), "TRANSPORT").reason()).contains("建档立卡");
    }

    @Test
    void aPoorFamilysStudentClaimsTwoThousandAYearWithTheSchoolsProof() {
        World w = fixture.world();
        Worker student = youngster(w, 2008);
        AllowanceClaims.Option grant = option(student.getId(), "POVERTY_STUDENT");
        assertThat(grant.claimable()).isTrue();
        assertThat(grant.policy().getName()).isEqualTo("特困学生扶贫助学补助");
        assertThat(grant.policy().getBasis()).isEqualTo("004 第十八条");
        assertThat(grant.photos()).containsExactly(EvidenceKind.SCHOOL);
        long policyId = grant.policy().getId();
        assertThatThrownBy(() -> claims.submit(student.getId(), policyId, null, List.of()))
                .hasMessageContaining("学校在读证明");
        AllowanceClaim claim = claims.submit(student.getId(), policyId, null,
                List.of(photo(EvidenceKind.SCHOOL, "school" + student.getId())));
        assertThat(claim.getAmountFen()).isEqualTo(200_000);
        assertThat(option(student.getId(), "POVERTY_STUDENT").reason()).contains("今年的特困学生扶贫助学补助已经申请过了");

        // A grown worker is told whom it is for.
        assertThat(option(w.worker(true).getId(), "POVERTY_STUDENT").reason()).contains("在校的特困学生");
    }

    @Test
    void theSeededRowsCiteTheirArticles() {
        List<AllowancePolicy> xiangxi = catalogue.inForce("/433100/433101/");
        assertThat(basis(xiangxi, "TRANSPORT")).isEqualTo("004 第二十条");
        assertThat(basis(xiangxi, "TRAINING_LIVING")).isEqualTo("004 第十七条");
        assertThat(basis(xiangxi, "CERTIFICATE")).isEqualTo("004 第十七条");
        assertThat(basis(xiangxi, "POST_SCHOOL")).isEqualTo("004 第十八条");
        assertThat(basis(xiangxi, "EMPLOYER_POST")).isEqualTo("004 第二十四条");
        assertThat(xiangxi.stream().filter(p -> p.getCode().equals("EMPLOYER_POST")).findFirst().orElseThrow()
                .getAmountFen()).isEqualTo(100_000);
    }

    private static String basis(List<AllowancePolicy> list, String code) {
        return list.stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow().getBasis();
    }

    private Worker youngster(World w, int year) {
        return workers.register(new NewWorker("龙同学", TestIds.bornIn(year),
                null, w.chain.village().getCode(), true));
    }

    private AllowanceClaims.Option option(long workerId, String code) {
        return claims.options(workerId).stream().filter(o -> o.policy().getCode().equals(code)).findFirst().orElseThrow();
    }
}
