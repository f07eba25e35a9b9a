package cn.laowu.core.allowance;

import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.poverty.PovertyLine;
import cn.laowu.core.poverty.PovertyList;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
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
 * 建档立卡 from the county's list, not the worker's word: the list kept as keyed hashes, errors by row, a county's own
 * region only, a self-declared worker's claim waiting (待核对名单) until a later import has them.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class PovertyListClaimsTest {

    @Autowired
    AllowanceFixture fixture;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    PovertyList list;
    @Autowired
    WorkerService workers;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBadListIsReportedRowByRowAndNothingIsImported() {
        World w = fixture.world();
        Worker one = w.worker(false);
        String id = workers.idNumberOf(one);
        PovertyList.Checked checked = list.check(List.of(
                new PovertyLine(2, "龙一", id, "HX-001"),
                new PovertyLine(3, "龙二", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'), "HX-001"),
                new PovertyLine(4, "", id, ""),
                new PovertyLine(5, "龙四", "4331", "HX-002")));
        assertThat(checked.ok()).isFalse();
        assertThat(checked.errors()).extracting(e -> e.row() + " " + e.column())
                .contains("3 身份证号", "4 姓名", "4 身份证号", "4 户编号", "5 身份证号");
        assertThat(checked.errors()).filteredOn(e -> e.row() == 4 && e.column().equals("身份证号"))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("重复"));
        assertThatThrownBy(() -> list.importList(w.admin, w.county, checked)).isInstanceOf(RuleViolation.class);
        assertThat(list.listed(one)).isFalse();
    }

    @Test
    void theListIsKeptAsKeyedHashesAndOnlyACountyOrTheStateImportsIt() {
        World w = fixture.world();
        Worker listed = w.worker(false);
        String id = workers.idNumberOf(listed);
        PovertyList.Checked checked = list.check(List.of(new PovertyLine(2, "龙补贴", id, "HX-7")));
        assertThatThrownBy(() -> list.importList(w.townshipClerk, w.township, checked))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("县级或州级");

        PovertyList.Imported done = list.importList(w.admin, w.county, checked);
        assertThat(done.matched()).isEqualTo(1);
        List<String> stored = jdbc.queryForList("SELECT CONCAT(id_hash, '|', name_masked, '|', household_no) FROM "
                + "poverty_list_entry WHERE region_path = ?", String.class, w.county.path());
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row).doesNotContain(id).doesNotContain(id.substring(6, 14)).doesNotContain("龙补贴");
            assertThat(row).startsWith(listed.getIdNumberHash() + "|龙**|HX-7");
        });
        assertThat(list.listed(listed)).isTrue();
        // Not self-declared, yet 建档立卡 now: the list says so.
        assertThat(workers.find(listed.getId()).orElseThrow().getPovertyRegistered()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'IMPORT_POVERTY_LIST' "
                + "AND actor = 'county-admin' AND after_data LIKE '%1 人%'", Integer.class)).isPositive();

        // Another county's import does not make this county's worker 建档立卡.
        World other = fixture.world();
        Worker elsewhere = w.worker(false);
        list.importList(other.admin, other.county, list.check(List.of(
                new PovertyLine(2, "龙补贴", workers.idNumberOf(elsewhere), "HX-8"))));
        assertThat(list.listed(elsewhere)).isFalse();
        assertThat(workers.find(elsewhere.getId()).orElseThrow().getPovertyRegistered()).isFalse();
    }

    @Test
    void aSelfDeclaredClaimWaitsForTheListAndGoesToReviewWhenALaterImportHasTheWorker() {
        World w = fixture.world();
        Worker someoneElse = w.worker(false);
        list.importList(w.admin, w.county, list.check(List.of(
                new PovertyLine(2, "龙某", workers.idNumberOf(someoneElse), "HX-1"))));
        Worker declared = w.worker(true);
        AllowanceClaims.Option fare = claims.options(declared.getId()).stream()
                .filter(o -> o.policy().getCode().equals("TRANSPORT")).findFirst().orElseThrow();
        assertThat(fare.claimable()).isTrue();
        AllowanceClaim claim = claims.submit(declared.getId(), fare.policy().getId(), WorkArea.OUT_OF_PROVINCE, 30_000L,
                List.of(photo(EvidenceKind.CONTRACT, "wait-contract" + declared.getId()),
                        photo(EvidenceKind.TICKET, "wait-ticket" + declared.getId())));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.AWAITING_LIST);
        assertThat(stateOf(claim)).isEqualTo("AWAITING_LIST");

        list.importList(w.admin, w.county, list.check(List.of(
                new PovertyLine(2, "龙补贴", workers.idNumberOf(declared), "HX-2"))));
        assertThat(stateOf(claim)).isEqualTo("SUBMITTED");
        assertThat(outbox.ofSource("allowance:" + claim.getId() + ":listed")).extracting(Delivery::getBody)
                .singleElement().asString().contains("建档立卡名单里有您").contains("乡镇社会保障站初审");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LIST_MATCHED' AND entity_id = ?",
                Integer.class, String.valueOf(claim.getId()))).isEqualTo(1);
    }

    @Test
    void inACountyWithoutAListTheSelfDeclaredClaimIsReviewedAsBefore() {
        World w = fixture.world();
        Worker declared = w.worker(true);
        long policy = claims.options(declared.getId()).stream().filter(o -> o.policy().getCode().equals("TRANSPORT"))
                .findFirst().orElseThrow().policy().getId();
        AllowanceClaim claim = claims.submit(declared.getId(), policy, WorkArea.IN_PROVINCE, 10_000L,
                List.of(photo(EvidenceKind.CONTRACT, "nolist-contract" + declared.getId()),
                        photo(EvidenceKind.TICKET, "nolist-ticket" + declared.getId())));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void theEmployerPostSubsidyIsACatalogueRowWithContractAndSocialInsurance() {
        AllowancePolicy post = catalogue.inForce("/433100/433101/").stream()
                .filter(p -> p.getCode().equals("EMPLOYER_POST")).findFirst().orElseThrow();
        assertThat(post.getAmountFen()).isEqualTo(100_000);
        assertThat(post.getBasis()).isEqualTo("004 第二十四条");
        assertThat(AllowanceRules.evidence(post)).containsExactly(EvidenceKind.CONTRACT, EvidenceKind.SOCIAL_INSURANCE,
                EvidenceKind.RECORDS);
    }

    private String stateOf(AllowanceClaim claim) {
        return jdbc.queryForObject("SELECT status FROM allowance_claim WHERE id = ?", String.class, claim.getId());
    }
}
