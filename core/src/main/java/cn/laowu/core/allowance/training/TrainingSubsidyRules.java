package cn.laowu.core.allowance.training;

import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a trainee's records earn (docs/POLICY.md, Training and Training subsidy standards; 004
 * 第十七条、第二十条), as pure arithmetic on the records, the region's standard and its policy rows:
 * <ul>
 * <li>培训补贴: the standard for the course's occupation and level (the certificate's level once there
 * is one), × 100% for pre-employment and 订单 courses; for a 建档立卡 trainee on a pre-employment
 * course and for skill upgrading, × the standard row's own rates (170% and 40% unless the region set
 * others); 引导性 courses earn none. Due at 结业, and only with a certificate where the standard asks
 * for one.</li>
 * <li>生活补贴: the policy's sum per day × distinct days actually attended, 建档立卡, pre-employment only.</li>
 * <li>证书补助: the policy's sum, 建档立卡, ≥ the policy's months (6) ending with a 初级/中级 certificate.</li>
 * </ul>
 * Every line says how it was reached, or why nothing is due yet.
 */
public final class TrainingSubsidyRules {

    private static final int DEFAULT_MIN_MONTHS = 6;

    private TrainingSubsidyRules() {
    }

    /** What the records say of one trainee on one course. */
    public record Trainee(boolean povertyRegistered, CourseKind kind, String occupation, CertificateLevel targetLevel,
                          boolean completed, CertificateLevel certificate, int daysAttended, int months) {

        public static Trainee of(TrainingRecord r, boolean povertyRegistered) {
            return new Trainee(povertyRegistered, r.kind(), r.occupation(), r.targetLevel(), r.completed(),
                    r.certificateSerial() == null ? null : r.certificateLevel(), r.daysAttended(), r.months());
        }

        /** The level the standard is looked up for: the certificate's once recorded, else the course's target. */
        public CertificateLevel level() {
            return certificate != null && certificate != CertificateLevel.NONE ? certificate : targetLevel;
        }
    }

    /** One amount in fen and how it was reached; 0 with the reason when nothing is due (yet). */
    public record Line(String item, long fen, String how) {
    }

    /**
     * The row that pays a course in {@code regionPath}: an occupation's own row before the all-occupation
     * default, and among those the nearest region's (a county's row beats the prefecture's).
     */
    public static Optional<TrainingStandard> standardFor(List<TrainingStandard> rows, String regionPath,
                                                         String occupation, CertificateLevel level) {
        String trade = occupation == null ? "" : occupation.trim();
        return rows.stream()
                .filter(s -> regionPath.startsWith(s.getRegionPath()) && s.getLevel() == level)
                .filter(s -> s.anyOccupation() || s.getOccupation().equals(trade))
                .min(Comparator.comparing((TrainingStandard s) -> s.anyOccupation())
                        .thenComparing(s -> -s.getRegionPath().length()));
    }

    /** The share of {@code standard} a course kind pays, in percent: the row's own rates where it has them. */
    public static int percent(TrainingStandard standard, CourseKind kind, boolean povertyRegistered) {
        return switch (kind) {
            case PRE_EMPLOYMENT -> povertyRegistered ? standard.getPovertyPreEmploymentPercent() : 100;
            case ORDER -> 100;
            case SKILL_UPGRADE -> standard.getSkillUpgradePercent();
            case GUIDANCE -> 0;
        };
    }

    /** 培训补贴. {@code policy} is the region's TRAINEE policy (null: none in force); {@code standard} may be null. */
    public static Line training(Trainee t, AllowancePolicy policy, TrainingStandard standard) {
        String item = policy == null ? "职业技能培训补贴" : policy.getName();
        if (policy == null) {
            return new Line(item, 0, "本地区没有启用职业技能培训补贴");
        }
        if (t.kind() == CourseKind.GUIDANCE) {
            return new Line(item, 0, t.kind().label() + "不发培训补贴");
        }
        if (standard == null) {
            return new Line(item, 0, "本地区没有设定「" + t.occupation() + t.level().label() + "」的培训补贴标准");
        }
        int percent = percent(standard, t.kind(), t.povertyRegistered());
        String kind = (t.kind() == CourseKind.PRE_EMPLOYMENT && t.povertyRegistered() ? "建档立卡·" : "")
                + t.kind().label();
        if (percent == 0) {
            return new Line(item, 0, standard.label() + "标准对" + kind + "的比例是0%,不发培训补贴");
        }
        long fen = standard.getAmountFen() * percent / 100;
        String formula = standard.label() + "标准" + AllowanceRules.yuan(standard.getAmountFen()) + " × " + percent
                + "%(" + kind + ")= " + AllowanceRules.yuan(fen);
        boolean needsCertificate = Boolean.TRUE.equals(standard.getCertificateRequired());
        if (!t.completed()) {
            return new Line(item, 0, (needsCertificate ? "结业并取得证书后:" : "结业后:") + formula);
        }
        if (needsCertificate && t.certificate() == null) {
            return new Line(item, 0, "取得证书后:" + formula);
        }
        return new Line(item, fen, formula);
    }

    /** 培训生活补贴. {@code policy} is the POVERTY_TRAINEE policy of the worker's home region (null: none). */
    public static Line living(Trainee t, AllowancePolicy policy) {
        String item = policy == null ? "培训生活补贴" : policy.getName();
        if (policy == null) {
            return new Line(item, 0, "本地区没有培训生活补贴政策");
        }
        if (t.kind() != CourseKind.PRE_EMPLOYMENT) {
            return new Line(item, 0, "只有就业前技能培训发生活补贴");
        }
        if (!t.povertyRegistered()) {
            return new Line(item, 0, "只发给建档立卡劳动力");
        }
        long fen = AllowanceRules.amount(policy, null, null, t.daysAttended());
        String formula = "每天" + AllowanceRules.yuan(policy.getAmountFen()) + " × 出勤" + t.daysAttended() + "天 = "
                + AllowanceRules.yuan(fen);
        return t.completed() ? new Line(item, fen, formula) : new Line(item, 0, "结业后:" + formula + "(到目前)");
    }

    /** 职业资格证书补助. {@code policy} is the POVERTY_CERTIFIED policy of the worker's home region (null: none). */
    public static Line certificate(Trainee t, AllowancePolicy policy) {
        return certificate(t.povertyRegistered(), t.certificate(), t.months(), policy);
    }

    public static Line certificate(boolean povertyRegistered, CertificateLevel level, int months, AllowancePolicy policy) {
        String item = policy == null ? "职业资格证书补助" : policy.getName();
        if (policy == null) {
            return new Line(item, 0, "本地区没有证书补助政策");
        }
        if (!povertyRegistered) {
            return new Line(item, 0, "只发给建档立卡劳动力");
        }
        int minMonths = policy.getMinMonths() == null ? DEFAULT_MIN_MONTHS : policy.getMinMonths();
        if (months < minMonths) {
            return new Line(item, 0, "培训" + months + "个月,不满" + minMonths + "个月");
        }
        if (level == null || level == CertificateLevel.NONE) {
            return new Line(item, 0, "培训" + months + "个月,取得初级或中级证书后发" + AllowanceRules.yuan(policy.getAmountFen()));
        }
        if (level != CertificateLevel.BASIC && level != CertificateLevel.INTERMEDIATE) {
            return new Line(item, 0, "只补初级、中级证书,这次是" + level.label());
        }
        return new Line(item, policy.getAmountFen(), "培训" + months + "个月取得" + level.label() + "证书,"
                + AllowanceRules.yuan(policy.getAmountFen()));
    }
}
