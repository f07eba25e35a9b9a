package cn.laowu.core.allowance.training;

import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.CertificateLevel;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of training subsidy standards: per region, occupation and certificate level, set by
 * county and prefecture admins. A course is paid by the standard of its own region or the nearest
 * region above that set one (see {@link TrainingSubsidyRules#standardFor}).
 */
@Service
public class TrainingStandards {

    private static final long MAX_FEN = 10_000_000L;
    /** Three times the standard is past anything 004 pays; a typo (1700 for 170) is refused. */
    public static final int MAX_PERCENT = 300;

    private final StandardMapper standards;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    public TrainingStandards(StandardMapper standards, RegionService regions, AuditLog audit, Clock clock) {
        this.standards = standards;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The standard that pays a course in {@code regionPath} for this occupation and level, if any. */
    public Optional<TrainingStandard> find(String regionPath, String occupation, CertificateLevel level) {
        return TrainingSubsidyRules.standardFor(covering(regionPath), regionPath, occupation, level);
    }

    /** Every row that may apply to a course in {@code regionPath}: its region's and those above. */
    public List<TrainingStandard> covering(String regionPath) {
        return standards.selectList(new LambdaQueryWrapper<TrainingStandard>().orderByAsc(TrainingStandard::getId))
                .stream().filter(s -> regionPath.startsWith(s.getRegionPath())).toList();
    }

    /** What an admin sees: the rows of their region and below, and those above that apply to it. */
    public List<TrainingStandard> list(RegionScope scope) {
        return standards.selectList(new LambdaQueryWrapper<TrainingStandard>().orderByAsc(TrainingStandard::getRegionPath)
                        .orderByAsc(TrainingStandard::getOccupation).orderByAsc(TrainingStandard::getLevel)).stream()
                .filter(s -> scope.coversOrIsWithin(s.getRegionPath()))
                .toList();
    }

    /** The standard set with its rates left as they are (a new row: the defaults). */
    @Transactional
    public TrainingStandard set(Actor actor, RegionScope scope, String regionCode, String occupation,
                                CertificateLevel level, Long amountFen, boolean certificateRequired, String basis) {
        return set(actor, scope, regionCode, occupation, level, amountFen, certificateRequired, null, null, basis);
    }

    /**
     * Sets a region's standard for an occupation (blank or 全部 = every occupation) and level: a new
     * row, or the region's existing one changed. Only for the admin's own region or one below it.
     * A rate left null stays as it is (a new row: 170% for 建档立卡 pre-employment, 40% for skill upgrading).
     */
    @Transactional
    public TrainingStandard set(Actor actor, RegionScope scope, String regionCode, String occupation,
                                CertificateLevel level, Long amountFen, boolean certificateRequired,
                                Integer povertyPreEmploymentPercent, Integer skillUpgradePercent, String basis) {
        Region region = regionCode == null ? null : regions.find(regionCode).orElse(null);
        if (region == null || !scope.covers(region)) {
            throw new RuleViolation("只能为本辖区设置培训补贴标准。");
        }
        String trade = occupation == null || occupation.isBlank() || occupation.trim().equals("全部")
                ? TrainingStandard.ANY : occupation.trim();
        if (trade.length() > 32 || trade.contains("<")) {
            throw new RuleViolation("工种名称最多32个字。");
        }
        if (level == null) {
            throw new RuleViolation("请选择证书等级。");
        }
        if (amountFen == null || amountFen <= 0 || amountFen > MAX_FEN) {
            throw new RuleViolation("标准金额要大于0,且不超过10万元。");
        }
        if (povertyPreEmploymentPercent != null && !rate(povertyPreEmploymentPercent)) {
            throw new RuleViolation("建档立卡就业前培训的比例要在0到" + MAX_PERCENT + "之间。");
        }
        if (skillUpgradePercent != null && !rate(skillUpgradePercent)) {
            throw new RuleViolation("岗位技能提升培训的比例要在0到" + MAX_PERCENT + "之间。");
        }
        if (basis != null && basis.length() > 128) {
            throw new RuleViolation("依据最多128个字。");
        }
        TrainingStandard row = standards.selectOne(new LambdaQueryWrapper<TrainingStandard>()
                .eq(TrainingStandard::getRegionCode, region.getCode()).eq(TrainingStandard::getOccupation, trade)
                .eq(TrainingStandard::getLevel, level));
        String before = row == null ? null : describe(row);
        if (row == null) {
            row = new TrainingStandard();
            row.setRegionCode(region.getCode());
            row.setRegionPath(region.getPath());
            row.setOccupation(trade);
            row.setLevel(level);
        }
        row.setAmountFen(amountFen);
        row.setCertificateRequired(certificateRequired);
        if (povertyPreEmploymentPercent != null) {
            row.setPovertyPreEmploymentPercent(povertyPreEmploymentPercent);
        }
        if (skillUpgradePercent != null) {
            row.setSkillUpgradePercent(skillUpgradePercent);
        }
        row.setBasis(basis == null || basis.isBlank() ? null : basis.trim());
        row.setUpdatedBy(actor.username());
        row.setUpdatedAt(LocalDateTime.now(clock));
        if (row.getId() == null) {
            standards.insert(row);
        } else {
            standards.updateById(row);
        }
        audit.record(actor, before == null ? "CREATE" : "EDIT", "training_subsidy_standard", row.getId(), before,
                describe(row));
        return row;
    }

    /** Removes a row of the admin's region (or below); courses then fall back to the region above. */
    @Transactional
    public void remove(Actor actor, RegionScope scope, long id) {
        TrainingStandard row = standards.selectById(id);
        if (row == null || !scope.covers(row.getRegionPath())) {
            throw new NotFoundInScope("Standard");
        }
        standards.deleteById(id);
        audit.record(actor, "DELETE", "training_subsidy_standard", id, describe(row), null);
    }

    public static String describe(TrainingStandard s) {
        return s.getRegionCode() + " " + s.label() + ":" + AllowanceRules.yuan(s.getAmountFen())
                + (Boolean.TRUE.equals(s.getCertificateRequired()) ? ",取得证书才发" : ",结业即发")
                + ",建档立卡就业前" + s.getPovertyPreEmploymentPercent() + "%,岗位技能提升" + s.getSkillUpgradePercent() + "%";
    }

    private static boolean rate(int percent) {
        return percent >= 0 && percent <= MAX_PERCENT;
    }
}
