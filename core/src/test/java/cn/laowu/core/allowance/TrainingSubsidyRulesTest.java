package cn.laowu.core.allowance;

import cn.laowu.core.allowance.training.TrainingStandard;
import cn.laowu.core.allowance.training.TrainingSubsidyRules;
import cn.laowu.core.allowance.training.TrainingSubsidyRules.Line;
import cn.laowu.core.allowance.training.TrainingSubsidyRules.Trainee;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CourseKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.laowu.core.training.CertificateLevel.ADVANCED;
import static cn.laowu.core.training.CertificateLevel.BASIC;
import static cn.laowu.core.training.CertificateLevel.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The subsidy arithmetic alone: standards, rates by course kind, days attended, the certificate bonus. */
class TrainingSubsidyRulesTest {

    private static final AllowancePolicy TRAINING = policy("职业技能培训补贴", Computation.STANDARD, null, null);
    private static final AllowancePolicy LIVING = policy("培训生活补贴", Computation.PER_DAY, 1_000L, null);
    private static final AllowancePolicy BONUS = policy("职业资格证书补助", Computation.FIXED, 150_000L, 6);

    /** 湘西州's defaults, 吉首市's premium for 电焊工 (a shortage occupation), and another prefecture's own figures. */
    private static final List<TrainingStandard> ROWS = List.of(
            standard("/433100/", "*", BASIC, 100_000, true),
            standard("/433100/", "*", INTERMEDIATE, 150_000, true),
            standard("/433100/433101/", "电焊工", BASIC, 120_000, true),
            standard("/530500/", "*", BASIC, 80_000, true),
            standard("/530500/", "*", INTERMEDIATE, 120_000, false));

    @Test
    void aPovertyTraineeWithPartialAttendanceEarnsOneHundredSeventyPercentAndTenYuanPerDayAttended() {
        // 20 days of sessions, 12 attended; 2 months; 初级 certificate.
        Trainee t = new Trainee(true, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, true, BASIC, 12, 2);
        Line training = TrainingSubsidyRules.training(t, TRAINING, standard(t, "/433100/433101/"));
        assertThat(training.fen()).isEqualTo(170_000);
        assertThat(training.how()).isEqualTo("各工种初级标准1000元 × 170%(建档立卡·就业前技能培训)= 1700元");
        Line living = TrainingSubsidyRules.living(t, LIVING);
        assertThat(living.fen()).isEqualTo(12_000);
        assertThat(living.how()).contains("出勤12天");
        assertThat(TrainingSubsidyRules.certificate(t, BONUS).fen()).isZero();
    }

    @Test
    void aTraineeNotRegisteredPoorEarnsTheStandardAndNoLivingSubsidyOrBonus() {
        Trainee t = new Trainee(false, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, true, BASIC, 20, 6);
        assertThat(TrainingSubsidyRules.training(t, TRAINING, standard(t, "/433100/433101/")).fen()).isEqualTo(100_000);
        assertThat(TrainingSubsidyRules.living(t, LIVING)).satisfies(l -> {
            assertThat(l.fen()).isZero();
            assertThat(l.how()).contains("建档立卡");
        });
        assertThat(TrainingSubsidyRules.certificate(t, BONUS).fen()).isZero();
    }

    @Test
    void skillUpgradingPaysFortyPercentOfTheStandardAndNoLivingSubsidy() {
        Trainee poor = new Trainee(true, CourseKind.SKILL_UPGRADE, "电工", INTERMEDIATE, true, INTERMEDIATE, 10, 1);
        Line line = TrainingSubsidyRules.training(poor, TRAINING, standard(poor, "/433100/433101/"));
        assertThat(line.fen()).isEqualTo(60_000);
        assertThat(line.how()).contains("× 40%(岗位技能提升培训)");
        assertThat(TrainingSubsidyRules.living(poor, LIVING).fen()).isZero();
        Trainee guidance = new Trainee(true, CourseKind.GUIDANCE, "电工", BASIC, true, BASIC, 3, 1);
        assertThat(TrainingSubsidyRules.training(guidance, TRAINING, standard(guidance, "/433100/")).fen()).isZero();
    }

    @Test
    void theCertificateBonusNeedsSixMonthsAndABasicOrIntermediateCertificate() {
        assertThat(TrainingSubsidyRules.certificate(true, BASIC, 5, BONUS)).satisfies(l -> {
            assertThat(l.fen()).isZero();
            assertThat(l.how()).isEqualTo("培训5个月,不满6个月");
        });
        assertThat(TrainingSubsidyRules.certificate(true, BASIC, 6, BONUS).fen()).isEqualTo(150_000);
        assertThat(TrainingSubsidyRules.certificate(true, INTERMEDIATE, 7, BONUS).fen()).isEqualTo(150_000);
        assertThat(TrainingSubsidyRules.certificate(true, ADVANCED, 8, BONUS).fen()).isZero();
        assertThat(TrainingSubsidyRules.certificate(true, null, 6, BONUS).fen()).isZero();
    }

    @Test
    void nothingIsDueBeforeCompletionNorWithoutTheCertificateTheStandardAsksFor() {
        Trainee enrolled = new Trainee(true, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, false, null, 4, 2);
        Line before = TrainingSubsidyRules.training(enrolled, TRAINING, standard(enrolled, "/433100/"));
        assertThat(before.fen()).isZero();
        assertThat(before.how()).startsWith("结业并取得证书后:").endsWith("1700元");
        assertThat(TrainingSubsidyRules.living(enrolled, LIVING).fen()).isZero();
        Trainee uncertified = new Trainee(true, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, true, null, 4, 2);
        assertThat(TrainingSubsidyRules.training(uncertified, TRAINING, standard(uncertified, "/433100/")).fen()).isZero();
        // 保山's 中级 standard pays at 结业 without a certificate.
        Trainee baoshan = new Trainee(false, CourseKind.ORDER, "缝纫工", INTERMEDIATE, true, null, 4, 2);
        assertThat(TrainingSubsidyRules.training(baoshan, TRAINING, standard(baoshan, "/530500/530502/")).fen())
                .isEqualTo(120_000);
        assertThat(TrainingSubsidyRules.training(baoshan, null, standard(baoshan, "/530500/")).how())
                .contains("没有启用");
    }

    @Test
    void theNearestRegionsRowForTheOccupationWinsAndASecondRegionHasItsOwnFigures() {
        assertThat(amount("/433100/433101/43310101/", "电焊工", BASIC)).isEqualTo(120_000);
        assertThat(amount("/433100/433101/", "缝纫工", BASIC)).isEqualTo(100_000);
        assertThat(amount("/433100/433122/", "电焊工", BASIC)).isEqualTo(100_000);
        assertThat(amount("/530500/530502/", "电焊工", BASIC)).isEqualTo(80_000);
        assertThat(TrainingSubsidyRules.standardFor(ROWS, "/530500/", "电焊工", ADVANCED)).isEmpty();
        assertThat(TrainingSubsidyRules.standardFor(ROWS, "/440300/", "电焊工", BASIC)).isEmpty();
        Trainee t = new Trainee(true, CourseKind.PRE_EMPLOYMENT, "电焊工", BASIC, true, BASIC, 10, 1);
        assertThat(TrainingSubsidyRules.training(t, TRAINING, standard(t, "/530500/")).fen()).isEqualTo(136_000);
        assertThat(TrainingSubsidyRules.training(t, TRAINING, null).how()).contains("没有设定「电焊工初级」");
    }

    @Test
    void aRowCarriesItsOwnRatesAndTheComputationShowsThem() {
        // 怒江's 初级 row pays 150% to 建档立卡 pre-employment trainees and 50% for skill upgrading;
        // its 中级 row refuses skill upgrading altogether.
        TrainingStandard basic = standard("/533300/", "*", BASIC, 100_000, false);
        basic.setPovertyPreEmploymentPercent(150);
        basic.setSkillUpgradePercent(50);
        TrainingStandard intermediate = standard("/533300/", "*", INTERMEDIATE, 150_000, false);
        intermediate.setSkillUpgradePercent(0);
        List<TrainingStandard> rows = List.of(basic, intermediate);

        Trainee poor = new Trainee(true, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, true, BASIC, 10, 1);
        Line pre = TrainingSubsidyRules.training(poor, TRAINING,
                TrainingSubsidyRules.standardFor(rows, "/533300/533301/", "缝纫工", BASIC).orElseThrow());
        assertThat(pre.fen()).isEqualTo(150_000);
        assertThat(pre.how()).isEqualTo("各工种初级标准1000元 × 150%(建档立卡·就业前技能培训)= 1500元");

        Trainee upgrading = new Trainee(false, CourseKind.SKILL_UPGRADE, "电工", BASIC, true, BASIC, 5, 1);
        Line upgrade = TrainingSubsidyRules.training(upgrading, TRAINING, basic);
        assertThat(upgrade.fen()).isEqualTo(50_000);
        assertThat(upgrade.how()).isEqualTo("各工种初级标准1000元 × 50%(岗位技能提升培训)= 500元");

        // Not 建档立卡, not upgrading: the row's rates do not touch the 100%.
        Trainee plain = new Trainee(false, CourseKind.PRE_EMPLOYMENT, "缝纫工", BASIC, true, BASIC, 10, 1);
        assertThat(TrainingSubsidyRules.training(plain, TRAINING, basic).fen()).isEqualTo(100_000);

        Trainee refused = new Trainee(false, CourseKind.SKILL_UPGRADE, "电工", INTERMEDIATE, true, INTERMEDIATE, 5, 1);
        assertThat(TrainingSubsidyRules.training(refused, TRAINING, intermediate)).satisfies(l -> {
            assertThat(l.fen()).isZero();
            assertThat(l.how()).isEqualTo("各工种中级标准对岗位技能提升培训的比例是0%,不发培训补贴");
        });
        // The other region's rows still pay the defaults.
        assertThat(TrainingSubsidyRules.training(poor, TRAINING, standard(poor, "/433100/")).fen()).isEqualTo(170_000);
    }

    private static long amount(String path, String occupation, CertificateLevel level) {
        return TrainingSubsidyRules.standardFor(ROWS, path, occupation, level).orElseThrow().getAmountFen();
    }

    private static TrainingStandard standard(Trainee t, String path) {
        return TrainingSubsidyRules.standardFor(ROWS, path, t.occupation(), t.level()).orElse(null);
    }

    private static TrainingStandard standard(String path, String occupation, CertificateLevel level, long fen,
                                             boolean certificateRequired) {
        TrainingStandard s = new TrainingStandard();
        s.setRegionPath(path);
        s.setOccupation(occupation);
        s.setLevel(level);
        s.setAmountFen(fen);
        s.setCertificateRequired(certificateRequired);
        return s;
    }

    private static AllowancePolicy policy(String name, Computation computation, Long amountFen, Integer minMonths) {
        AllowancePolicy p = new AllowancePolicy();
        p.setName(name);
        p.setComputation(computation);
        p.setAmountFen(amountFen);
        p.setMinMonths(minMonths);
        return p;
    }
}
