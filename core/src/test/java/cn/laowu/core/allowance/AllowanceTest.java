package cn.laowu.core.allowance;

import cn.laowu.core.allowance.training.CertificateEarned;
import cn.laowu.core.allowance.training.TrainingAttended;
import cn.laowu.core.allowance.payment.PaymentBatch;
import cn.laowu.core.allowance.payment.PaymentBatches;
import cn.laowu.core.allowance.payment.PaymentLedger;
import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.job.Job;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures.Figure;
import cn.laowu.core.stats.DashboardService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.laowu.core.allowance.AllowanceFixture.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue as data, the rules of every policy, claims, two-level review, 公示, payment and fraud flags. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class AllowanceTest {

    @Autowired
    PaymentLedger ledgers;
    @Autowired
    PaymentBatches batches;
    @Autowired
    AllowanceFixture fixture;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceReview review;
    @Autowired
    PublicNotice publicNotice;
    @Autowired
    Objections objections;
    @Autowired
    BrokerService brokers;
    @Autowired
    Outbox outbox;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private static final List<Photo> FARE_PHOTOS = List.of(photo(EvidenceKind.CONTRACT, "contract"),
            photo(EvidenceKind.TICKET, "ticket"));

    @Test
    void theSeededCataloguesGiveEveryPolicyOfThePolicyAndTheSecondRegionsOwnCaps() {
        List<AllowancePolicy> xiangxi = catalogue.inForce("/433100/433101/");
        assertThat(xiangxi).extracting(AllowancePolicy::getCode).containsExactlyInAnyOrder("TRANSPORT",
                "TRAINING_LIVING", "CERTIFICATE", "POST_SCHOOL", "BROKER_SERVICE", "EMPLOYER_POST", "TRAINING_SUBSIDY",
                "POVERTY_STUDENT");
        assertThat(policy(xiangxi, "TRAINING_SUBSIDY").getComputation()).isEqualTo(Computation.STANDARD);
        AllowancePolicy fare = policy(xiangxi, "TRANSPORT");
        assertThat(AllowanceRules.amount(fare, WorkArea.OUT_OF_PROVINCE, 26_000L, 0)).isEqualTo(26_000);
        assertThat(AllowanceRules.amount(fare, WorkArea.OUT_OF_PROVINCE, 52_000L, 0)).isEqualTo(40_000);
        assertThat(AllowanceRules.amount(fare, WorkArea.IN_PROVINCE, 30_000L, 0)).isEqualTo(20_000);
        assertThat(AllowanceRules.amount(fare, WorkArea.IN_PREFECTURE, 15_000L, 0)).isEqualTo(10_000);
        assertThat(AllowanceRules.cap(fare, WorkArea.IN_COUNTY)).isNull();
        assertThat(AllowanceRules.amount(policy(xiangxi, "TRAINING_LIVING"), null, null, 21)).isEqualTo(21_000);
        assertThat(AllowanceRules.amount(policy(xiangxi, "CERTIFICATE"), null, null, 0)).isEqualTo(150_000);
        assertThat(policy(xiangxi, "CERTIFICATE").getMinMonths()).isEqualTo(6);
        assertThat(AllowanceRules.amount(policy(xiangxi, "POST_SCHOOL"), null, null, 0)).isEqualTo(250_000);
        assertThat(policy(xiangxi, "POST_SCHOOL").getFrequency()).isEqualTo(Frequency.PER_YEAR);
        assertThat(AllowanceRules.amount(policy(xiangxi, "BROKER_SERVICE"), null, null, 0)).isEqualTo(30_000);
        assertThat(AllowanceRules.amount(policy(xiangxi, "EMPLOYER_POST"), null, null, 0)).isEqualTo(100_000);

        AllowancePolicy baoshan = policy(catalogue.inForce("/530500/530502/"), "TRANSPORT");
        assertThat(AllowanceRules.amount(baoshan, WorkArea.OUT_OF_PROVINCE, 52_000L, 0)).isEqualTo(20_000);
        assertThat(AllowanceRules.amount(baoshan, WorkArea.IN_PROVINCE, 52_000L, 0)).isEqualTo(10_000);
        assertThat(AllowanceRules.cap(baoshan, WorkArea.IN_PREFECTURE)).isNull();
    }

    @Test
    void aPlacedPoorWorkerClaimsTheFareCappedByTierOnceAndOthersAreToldWhyNot() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        Worker other = w.worker(false);
        Worker notPlaced = w.worker(true);
        Job away = w.job(WorkArea.OUT_OF_PROVINCE, "五险");
        w.placed(poor, away, null);
        w.placed(other, away, null);

        assertThat(option(other.getId(), "TRANSPORT").reason()).isEqualTo("您还不是建档立卡户,这项补贴只发给建档立卡户。");
        // Not placed through the platform: still claimable (004 第二十条), the worker says where (see EveryAllowanceTest).
        assertThat(option(notPlaced.getId(), "TRANSPORT").asksArea()).isTrue();
        assertThat(option(poor.getId(), "TRAINING_LIVING").reason()).contains("自动生成");
        assertThat(option(poor.getId(), "POST_SCHOOL").reason()).contains("两后生");

        AllowanceClaims.Option fare = option(poor.getId(), "TRANSPORT");
        assertThat(fare.claimable()).isTrue();
        assertThat(fare.capFen()).isEqualTo(40_000);
        assertThat(claims.quote(fare, 26_000L).amountFen()).isEqualTo(26_000);
        assertThat(claims.quote(fare, 52_000L).explanation()).contains("超过省外最多400元").contains("按400元补");

        long policyId = fare.policy().getId();
        assertThatThrownBy(() -> claims.submit(poor.getId(), policyId, 52_000L, List.of(photo(EvidenceKind.TICKET, "t"))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("劳动合同");
        assertThatThrownBy(() -> claims.submit(poor.getId(), policyId, -5L, FARE_PHOTOS))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("车费金额不对");
        assertThat(claims.mine(poor.getId())).isEmpty();

        AllowanceClaim claim = claims.submit(poor.getId(), policyId, 52_000L, FARE_PHOTOS);
        assertThat(claim.getAmountFen()).isEqualTo(40_000);
        assertThat(claim.getCostFen()).isEqualTo(52_000);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThatThrownBy(() -> claims.submit(poor.getId(), policyId, 30_000L, FARE_PHOTOS))
                .isInstanceOf(RuleViolation.class);
        assertThat(option(poor.getId(), "TRANSPORT").reason()).isEqualTo("这次输出的交通路费补助已经申请过了,目前「待乡镇初审」。");
        assertThat(claims.mine(poor.getId())).hasSize(1);
    }

    @Test
    void inCountyJobsGetNoFareAndTwoLevelsOfTheSecondRegionApply() {
        World w = fixture.world("/530500/530502/");
        Worker poor = w.worker(true);
        w.placed(poor, w.job(WorkArea.IN_PREFECTURE, null), null);
        assertThat(option(poor.getId(), "TRANSPORT").reason()).contains("州内就业,按政策没有路费补助");
        Worker second = w.worker(true);
        w.placed(second, w.job(WorkArea.OUT_OF_PROVINCE, null), null);
        assertThat(claims.quote(option(second.getId(), "TRANSPORT"), 30_000L).amountFen()).isEqualTo(20_000);
    }

    @Test
    void concurrentDuplicateSubmissionsLeaveOneClaim() throws Exception {
        World w = fixture.world();
        Worker poor = w.worker(true);
        w.placed(poor, w.job(WorkArea.IN_PROVINCE, "五险"), null);
        long policyId = option(poor.getId(), "TRANSPORT").policy().getId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> submit = () -> {
                start.await();
                try {
                    claims.submit(poor.getId(), policyId, 15_000L, FARE_PHOTOS);
                    return true;
                } catch (RuleViolation duplicate) {
                    return false;
                }
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_claim WHERE worker_id = ?", Integer.class,
                poor.getId())).isEqualTo(1);
    }

    @Test
    void twoDifferentReviewersThenNoticeObjectionBatchAndPaymentWithTheWorkerToldEachStep() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        w.placed(poor, w.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);
        long id = claims.submit(poor.getId(), option(poor.getId(), "TRANSPORT").policy().getId(), 30_000L, FARE_PHOTOS).getId();

        World elsewhere = fixture.world();
        assertThatThrownBy(() -> review.get(elsewhere.county, id)).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> review.townshipApprove(elsewhere.admin, elsewhere.county, id))
                .isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> review.countyApprove(w.countyReviewer, w.county, id)).isInstanceOf(RuleViolation.class);

        tx.executeWithoutResult(s -> review.townshipApprove(w.townshipClerk, w.township, id));
        assertThatThrownBy(() -> review.countyApprove(w.townshipClerk, w.township, id))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("县级");
        RegionScope countyScope = w.county;
        assertThatThrownBy(() -> review.countyApprove(new cn.laowu.core.audit.AuditLog.Actor("township-clerk",
                countyScope.path(), null), countyScope, id)).isInstanceOf(RuleViolation.class).hasMessageContaining("不同的人");
        review.countyApprove(w.countyReviewer, w.county, id);
        AllowanceClaim claim = review.get(w.county, id).claim();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PUBLICISED);
        assertThat(claim.getNoticeUntil()).isEqualTo(fixture.today().plusDays(7));
        assertThat(body("allowance:" + id + ":approved")).contains("公示7天").contains("回复 收款账户 登记");

        List<PublicNotice.Row> notice = publicNotice.rows(w.chain.county().getCode());
        assertThat(notice).hasSize(1);
        PublicNotice.Row row = notice.get(0);
        assertThat(row.name()).isEqualTo("龙**");
        assertThat(row.idNumber()).doesNotMatch(".*\\d{5,}.*").hasSize(18);
        assertThat(row.toString().replace("claimId=" + id, "")).doesNotContain(poor.getName())
                .doesNotContain(poor.getBirthDate().toString().replace("-", ""))
                .doesNotContain(w.chain.village().getName()).doesNotContain(w.chain.township().getName());

        String path = w.chain.county().getPath();
        assertThatThrownBy(() -> objections.lodge(path, row.number(), "短", Objections.Objector.phone("13800001111"),
                "PAGE", "10.0.0.1")).isInstanceOf(RuleViolation.class);
        objections.lodge(path, row.number(), "此人并未外出务工,一直在家", Objections.Objector.phone("13800001111"),
                "PAGE", "10.0.0.1");
        assertThat(review.get(w.county, id).claim().getStatus()).isEqualTo(ClaimStatus.OBJECTED);
        assertThat(review.get(w.county, id).objections()).extracting(Objection::getText).containsExactly("此人并未外出务工,一直在家");
        assertThatThrownBy(() -> review.dismissObjection(w.townshipClerk, w.township, id, "核实在岗"))
                .isInstanceOf(RuleViolation.class);
        review.dismissObjection(w.countyReviewer, w.county, id, "电话核实在宁波在岗");
        assertThat(review.get(w.county, id).objections().get(0).getResolution()).contains("异议不成立");

        assertThat(review.payable(w.county)).isEmpty();
        assertThatThrownBy(() -> batches.createBatch(w.admin, w.county)).isInstanceOf(RuleViolation.class);
        jdbc.update("UPDATE allowance_claim SET notice_until = notice_until - INTERVAL 8 DAY WHERE id = ?", id);
        assertThatThrownBy(() -> objections.lodge(path, row.number(), "公示期过了还有异议",
                Objections.Objector.follower("wx-app", "o-late"), "CHAT", null)).isInstanceOf(RuleViolation.class);
        PaymentBatch batch = batches.createBatch(w.admin, w.county);
        assertThat(batch.getTotalFen()).isEqualTo(30_000);
        // No account on file: the row stays, its account empty, and the finance office is told how many.
        PaymentLedger.Ledger ledger = ledgers.of(w.admin, w.county, batch.getId());
        assertThat(ledger.rows()).singleElement().isEqualTo(new PaymentLedger.Row(1, poor.getName(), "", "", 30_000,
                "交通路费补助", id));
        assertThat(ledger.withoutAccount()).isEqualTo(1);
        batches.markPaid(w.admin, w.county, batch.getId());
        assertThatThrownBy(() -> batches.markPaid(w.admin, w.county, batch.getId())).isInstanceOf(RuleViolation.class);
        assertThat(review.get(w.county, id).claim().getStatus()).isEqualTo(ClaimStatus.PAID);
        assertThat(body("allowance:" + id + ":paid")).contains("300元已发放");
        assertThat(option(poor.getId(), "TRANSPORT").reason()).isEqualTo("这次输出的交通路费补助已经领过了。");
        assertThat(dashboard.figures(w.county, Year.now()).stream().filter(f -> f.key().equals("allowance_paid"))
                .map(Figure::value)).containsExactly(300L);
    }

    @Test
    void aRejectionReachesTheWorkerWithItsReasonAndMissingEvidenceComesBackThroughChat() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        w.placed(poor, w.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);
        long id = claims.submit(poor.getId(), option(poor.getId(), "TRANSPORT").policy().getId(), 30_000L, FARE_PHOTOS).getId();
        assertThatThrownBy(() -> review.reject(w.townshipClerk, w.township, id, " ")).isInstanceOf(RuleViolation.class);
        review.askEvidence(w.townshipClerk, w.township, id, "车票照片看不清,请重拍");
        assertThat(claims.awaitingEvidence(poor.getId())).isPresent();
        assertThatThrownBy(() -> claims.supply(poor.getId(), id, List.of())).isInstanceOf(RuleViolation.class);
        claims.supply(poor.getId(), id, List.of(photo(EvidenceKind.TICKET, "clear ticket")));
        assertThat(review.get(w.county, id).claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(review.get(w.county, id).evidence()).hasSize(3);
        review.reject(w.townshipClerk, w.township, id, "票据日期与输出日期不符");
        assertThat(body("allowance:" + id + ":rejected")).contains("原因:票据日期与输出日期不符");
        assertThat(option(poor.getId(), "TRANSPORT").reason()).contains("没有通过:票据日期与输出日期不符");
    }

    @Test
    void theSameReceiptInTwoClaimsAndAWorkerWhoLeftAreFlagged() {
        World w = fixture.world();
        Worker first = w.worker(true);
        Worker second = w.worker(true);
        Job job = w.job(WorkArea.OUT_OF_PROVINCE, "五险");
        w.placed(first, job, null);
        long leftJob = w.placed(second, job, null);
        Photo shared = photo(EvidenceKind.TICKET, "the very same ticket");
        long a = claims.submit(first.getId(), option(first.getId(), "TRANSPORT").policy().getId(), 20_000L,
                List.of(photo(EvidenceKind.CONTRACT, "c1"), shared)).getId();
        long b = claims.submit(second.getId(), option(second.getId(), "TRANSPORT").policy().getId(), 20_000L,
                List.of(photo(EvidenceKind.CONTRACT, "c2"), shared)).getId();
        assertThat(review.get(w.county, a).flags()).anyMatch(f -> f.contains("车票") && f.contains("#" + b));
        assertThat(review.get(w.county, b).flags()).noneMatch(f -> f.contains("已离开"));
        w.left(leftJob);
        assertThat(review.get(w.county, b).flags()).anyMatch(f -> f.contains("已离开"));
    }

    @Test
    void theSamePersonClaimingInAnotherRegionAndEarlierYearsRecipientsAreFlagged() {
        World home = fixture.world();
        World elsewhere = fixture.world();
        Worker mover = home.worker(true);
        home.placed(mover, home.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);
        long first = claims.submit(mover.getId(), option(mover.getId(), "TRANSPORT").policy().getId(), 20_000L,
                FARE_PHOTOS).getId();
        // The same ID card turns up on another region's register: the archive keeps one card per person.
        jdbc.update("UPDATE worker SET home_region_code = ?, home_region_path = ? WHERE id = ?",
                elsewhere.chain.village().getCode(), elsewhere.chain.village().getPath(), mover.getId());
        elsewhere.placed(fixture.workers.find(mover.getId()).orElseThrow(), elsewhere.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);
        long second = claims.submit(mover.getId(), option(mover.getId(), "TRANSPORT").policy().getId(), 20_000L,
                List.of(photo(EvidenceKind.CONTRACT, "c-else"), photo(EvidenceKind.TICKET, "t-else"))).getId();
        assertThat(review.get(elsewhere.county, second).flags())
                .anyMatch(f -> f.contains("同一人在" + home.chain.prefecture().getName()) && f.contains("#" + first));

        World w = fixture.world();
        Worker youth = w.worker(true);
        jdbc.update("UPDATE worker SET post_school_youth = 1 WHERE id = ?", youth.getId());
        long lastYear = claims.submit(youth.getId(), option(youth.getId(), "POST_SCHOOL").policy().getId(), null,
                List.of(photo(EvidenceKind.ENROLMENT, "2025"))).getId();
        jdbc.update("UPDATE allowance_claim SET status = 'PAID', event_key = 'year:2000', created_at = created_at - INTERVAL 1 YEAR "
                + "WHERE id = ?", lastYear);
        long thisYear = claims.submit(youth.getId(), option(youth.getId(), "POST_SCHOOL").policy().getId(), null,
                List.of(photo(EvidenceKind.ENROLMENT, "2026"))).getId();
        assertThat(review.get(w.county, thisYear).flags()).anyMatch(f -> f.contains("年已领过两后生生活补贴"));
    }

    @Test
    void stableGeneratesTheBrokersAndTheEmployersSubsidyOnce() {
        World w = fixture.world();
        Broker broker = brokers.create(w.admin, w.county, "田经纪", "备案", w.chain.county().getCode());
        Worker poor = w.worker(true);
        Job local = w.job(WorkArea.IN_PREFECTURE, "五险");
        long id = w.placed(poor, local, broker.getId());
        w.stable(id, local.getId());
        List<AllowanceReview.Item> generated = review.queue(w.county, ClaimStatus.SUBMITTED);
        assertThat(generated).extracting(i -> i.policy().getCode()).containsExactlyInAnyOrder("BROKER_SERVICE", "EMPLOYER_POST");
        assertThat(generated).extracting(i -> i.claim().getAmountFen()).containsExactlyInAnyOrder(30_000L, 100_000L);
        AllowanceReview.Item employer = generated.stream().filter(i -> i.claim().getClaimantType() == Claimant.EMPLOYER)
                .findFirst().orElseThrow();
        assertThat(employer.claimant()).isEqualTo("吉首某厂");
        assertThat(review.get(w.county, employer.claim().getId()).flags()).anyMatch(f -> f.contains("劳动合同"));
        assertThatThrownBy(() -> review.askEvidence(w.townshipClerk, w.township, employer.claim().getId(), "合同"))
                .isInstanceOf(RuleViolation.class);

        // No broker, no insurance, out of the prefecture: nothing generated.
        Worker another = w.worker(true);
        Job away = w.job(WorkArea.OUT_OF_PROVINCE, null);
        long other = w.placed(another, away, null);
        w.stable(other, away.getId());
        assertThat(review.queue(w.county, ClaimStatus.SUBMITTED)).hasSize(2);
    }

    @Test
    void trainingRecordsGenerateTheLivingAndCertificateSubsidiesWhenTrainingLands() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        tx.executeWithoutResult(s -> events.publishEvent(new TrainingAttended(poor.getId(), "c-1", "家政服务员", 21)));
        tx.executeWithoutResult(s -> events.publishEvent(new TrainingAttended(poor.getId(), "c-1", "家政服务员", 21)));
        tx.executeWithoutResult(s -> events.publishEvent(new CertificateEarned(poor.getId(), "c-1", "Z-001",
                cn.laowu.core.training.CertificateLevel.BASIC, 5)));
        assertThat(claims.mine(poor.getId())).extracting(v -> v.claim().getAmountFen()).containsExactly(21_000L);
        tx.executeWithoutResult(s -> events.publishEvent(new CertificateEarned(poor.getId(), "c-2", "Z-002",
                cn.laowu.core.training.CertificateLevel.BASIC, 6)));
        assertThat(claims.mine(poor.getId())).extracting(v -> v.policy().getCode()).containsExactly("CERTIFICATE", "TRAINING_LIVING");
        assertThat(outbox.ofSource("allowance:" + claims.mine(poor.getId()).get(1).claim().getId() + ":generated"))
                .extracting(Delivery::getBody).anyMatch(b -> b.contains("出勤21天") && b.contains("210元"));
    }

    @Test
    void aCompletedPreEmploymentCourseAndItsCertificateEarnTheirSubsidies() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        java.time.LocalDate start = java.time.LocalDate.of(2026, 3, 1);
        tx.executeWithoutResult(s -> {
            events.publishEvent(new cn.laowu.core.training.TrainingCompleted(1L, poor.getId(), 77L,
                    cn.laowu.core.training.CourseKind.SKILL_UPGRADE, "电工", null, start, start.plusMonths(6),
                    start.plusMonths(6), 30));
            events.publishEvent(new cn.laowu.core.training.TrainingCompleted(2L, poor.getId(), 78L,
                    cn.laowu.core.training.CourseKind.PRE_EMPLOYMENT, "电焊工", null, start, start.plusMonths(6).minusDays(1),
                    start.plusMonths(6), 24));
            events.publishEvent(new cn.laowu.core.training.CertificateIssued(2L, poor.getId(), 78L, "电焊工",
                    cn.laowu.core.training.CertificateLevel.BASIC, "CERT-78-1", start.plusMonths(6), start,
                    start.plusMonths(6).minusDays(1)));
        });
        assertThat(claims.mine(poor.getId())).extracting(v -> v.policy().getCode())
                .containsExactlyInAnyOrder("TRAINING_LIVING", "CERTIFICATE");
        assertThat(claims.mine(poor.getId())).filteredOn(v -> v.policy().getCode().equals("TRAINING_LIVING"))
                .extracting(v -> v.claim().getAmountFen()).containsExactly(24_000L);
    }

    @Test
    void postSchoolYouthClaimOncePerYearWithEnrolmentProof() {
        World w = fixture.world();
        Worker youth = w.worker(true);
        jdbc.update("UPDATE worker SET post_school_youth = 1 WHERE id = ?", youth.getId());
        AllowanceClaims.Option option = option(youth.getId(), "POST_SCHOOL");
        assertThat(option.photos()).containsExactly(EvidenceKind.ENROLMENT);
        assertThat(option.asksCost()).isFalse();
        claims.submit(youth.getId(), option.policy().getId(), null, List.of(photo(EvidenceKind.ENROLMENT, "proof")));
        assertThat(option(youth.getId(), "POST_SCHOOL").reason()).startsWith("今年的两后生生活补贴已经申请过了");
        assertThat(claims.mine(youth.getId()).get(0).claim().getAmountFen()).isEqualTo(250_000);
    }

    @Test
    void onlyTheRegionThatSetAPolicyChangesItAndFiguresAreChecked() {
        World w = fixture.world();
        AllowancePolicy fare = policy(catalogue.inForce(w.chain.village().getPath()), "TRANSPORT");
        assertThatThrownBy(() -> catalogue.edit(w.admin, w.county, fare.getId(), new AllowanceCatalogue.PolicyEdit(
                null, null, 1L, 1L, 1L, 7, null, true))).isInstanceOf(NotFoundInScope.class);
        cn.laowu.core.audit.AuditLog.Actor prefect = new cn.laowu.core.audit.AuditLog.Actor("prefect",
                w.prefecture.path(), null);
        assertThatThrownBy(() -> catalogue.edit(prefect, w.prefecture, fare.getId(), new AllowanceCatalogue.PolicyEdit(
                null, null, -1L, 20_000L, null, 7, null, true))).isInstanceOf(RuleViolation.class);
        catalogue.edit(prefect, w.prefecture, fare.getId(), new AllowanceCatalogue.PolicyEdit(null, null, 50_000L,
                20_000L, null, 5, null, true));
        AllowancePolicy edited = policy(catalogue.inForce(w.chain.village().getPath()), "TRANSPORT");
        assertThat(edited.getCapOutProvinceFen()).isEqualTo(50_000);
        assertThat(edited.getCapInPrefectureFen()).isNull();
        assertThat(edited.getNoticeDays()).isEqualTo(5);
    }

    private AllowanceClaims.Option option(long workerId, String code) {
        return claims.options(workerId).stream().filter(o -> o.policy().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static AllowancePolicy policy(List<AllowancePolicy> list, String code) {
        return list.stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
    }

    private String body(String source) {
        return outbox.ofSource(source).stream().map(Delivery::getBody).findFirst()
                .orElseThrow(() -> new AssertionError("nothing queued for " + source));
    }
}
