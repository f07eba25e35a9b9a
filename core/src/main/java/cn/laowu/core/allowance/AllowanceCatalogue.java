package cn.laowu.core.allowance;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy catalogue: each region's allowances as rows an admin edits. A worker is covered by
 * the policies of their home region and the regions above it; where two set the same allowance,
 * the one nearer the worker wins (a county may set its own caps under the prefecture's).
 */
@Service
public class AllowanceCatalogue {

    private static final long MAX_FEN = 10_000_000L;

    private final PolicyMapper policies;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    public AllowanceCatalogue(PolicyMapper policies, RegionService regions, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an admin may change of a policy; null leaves a field as it is, except caps and the end date. */
    public record PolicyEdit(String name, Long amountFen, Long capOutProvinceFen, Long capInProvinceFen,
                             Long capInPrefectureFen, Integer noticeDays, LocalDate validTo, boolean enabled) {
    }

    /** A new policy for a region (the console's "新增", tests and other regions' seeds). */
    public record PolicyDraft(String code, String name, Qualification qualification, Computation computation,
                              Long amountFen, Long capOutProvinceFen, Long capInProvinceFen, Long capInPrefectureFen,
                              List<EvidenceKind> evidence, Frequency frequency, Integer minMonths, int noticeDays, LocalDate validFrom,
                              LocalDate validTo, String basis) {
    }

    /** The policies in force today for someone living at {@code homePath}, one per allowance. */
    public List<AllowancePolicy> inForce(String homePath) {
        LocalDate today = ChinaTime.today(clock);
        Map<String, AllowancePolicy> byCode = new LinkedHashMap<>();
        policies.selectList(new LambdaQueryWrapper<AllowancePolicy>().eq(AllowancePolicy::getEnabled, true)
                        .le(AllowancePolicy::getValidFrom, today)
                        .and(w -> w.isNull(AllowancePolicy::getValidTo).or().ge(AllowancePolicy::getValidTo, today))
                        .orderByAsc(AllowancePolicy::getId)).stream()
                .filter(p -> homePath.startsWith(p.getRegionPath()))
                .sorted(Comparator.comparingInt((AllowancePolicy p) -> p.getRegionPath().length()))
                .forEach(p -> byCode.put(p.getCode(), p));
        return List.copyOf(byCode.values());
    }

    public Optional<AllowancePolicy> inForce(String homePath, String code) {
        return inForce(homePath).stream().filter(p -> p.getCode().equals(code)).findFirst();
    }

    public AllowancePolicy byId(long id) {
        AllowancePolicy policy = policies.selectById(id);
        if (policy == null) {
            throw new NotFoundInScope("Policy");
        }
        return policy;
    }

    public Map<Long, AllowancePolicy> all() {
        Map<Long, AllowancePolicy> all = new LinkedHashMap<>();
        policies.selectList(new LambdaQueryWrapper<AllowancePolicy>().orderByAsc(AllowancePolicy::getId))
                .forEach(p -> all.put(p.getId(), p));
        return all;
    }

    /** The policies an admin sees: those of their region and below, and those above that apply to it. */
    public List<AllowancePolicy> list(RegionScope scope) {
        return policies.selectList(new LambdaQueryWrapper<AllowancePolicy>().orderByAsc(AllowancePolicy::getRegionPath)
                        .orderByAsc(AllowancePolicy::getId)).stream()
                .filter(p -> scope.coversOrIsWithin(p.getRegionPath()))
                .toList();
    }

    /** Only the region that set a policy (or one above it) may change it. */
    public AllowancePolicy get(RegionScope scope, long id) {
        AllowancePolicy policy = policies.selectById(id);
        if (policy == null || !scope.covers(policy.getRegionPath())) {
            throw new NotFoundInScope("Policy");
        }
        return policy;
    }

    @Transactional
    public AllowancePolicy define(Actor actor, RegionScope scope, String regionCode, PolicyDraft draft) {
        Region region = regions.find(regionCode).orElse(null);
        if (!scope.covers(region)) {
            throw new RuleViolation("只能为本辖区设置补贴政策。");
        }
        if (draft.code() == null || !draft.code().matches("[A-Z_]{2,32}") || draft.name() == null || draft.name().isBlank()) {
            throw new RuleViolation("请填写政策代码(大写字母)和名称。");
        }
        AllowancePolicy policy = new AllowancePolicy();
        policy.setRegionCode(region.getCode());
        policy.setRegionPath(region.getPath());
        policy.setCode(draft.code());
        policy.setName(draft.name().trim());
        policy.setQualification(draft.qualification());
        policy.setComputation(draft.computation());
        policy.setAmountFen(draft.amountFen());
        policy.setCapOutProvinceFen(draft.capOutProvinceFen());
        policy.setCapInProvinceFen(draft.capInProvinceFen());
        policy.setCapInPrefectureFen(draft.capInPrefectureFen());
        policy.setEvidence(String.join(",", draft.evidence().stream().map(Enum::name).toList()));
        policy.setFrequency(draft.frequency());
        policy.setMinMonths(draft.minMonths());
        policy.setNoticeDays(draft.noticeDays());
        policy.setValidFrom(draft.validFrom());
        policy.setValidTo(draft.validTo());
        policy.setEnabled(true);
        policy.setBasis(draft.basis());
        policy.setUpdatedAt(LocalDateTime.now(clock));
        check(policy);
        policies.insert(policy);
        audit.record(actor, "CREATE", "allowance_policy", policy.getId(), null, describe(policy));
        return policy;
    }

    @Transactional
    public AllowancePolicy edit(Actor actor, RegionScope scope, long id, PolicyEdit edit) {
        AllowancePolicy policy = get(scope, id);
        String before = describe(policy);
        if (edit.name() != null && !edit.name().isBlank()) {
            policy.setName(edit.name().trim());
        }
        if (edit.amountFen() != null) {
            policy.setAmountFen(edit.amountFen());
        }
        if (policy.getComputation() == Computation.CAPPED_COST) {
            policy.setCapOutProvinceFen(edit.capOutProvinceFen());
            policy.setCapInProvinceFen(edit.capInProvinceFen());
            policy.setCapInPrefectureFen(edit.capInPrefectureFen());
        }
        if (edit.noticeDays() != null) {
            policy.setNoticeDays(edit.noticeDays());
        }
        policy.setValidTo(edit.validTo());
        policy.setEnabled(edit.enabled());
        policy.setUpdatedAt(LocalDateTime.now(clock));
        check(policy);
        // Explicit sets: an emptied cap or end date must be written as NULL, which updateById skips.
        policies.update(null, new LambdaUpdateWrapper<AllowancePolicy>().eq(AllowancePolicy::getId, id)
                .set(AllowancePolicy::getName, policy.getName()).set(AllowancePolicy::getAmountFen, policy.getAmountFen())
                .set(AllowancePolicy::getCapOutProvinceFen, policy.getCapOutProvinceFen())
                .set(AllowancePolicy::getCapInProvinceFen, policy.getCapInProvinceFen())
                .set(AllowancePolicy::getCapInPrefectureFen, policy.getCapInPrefectureFen())
                .set(AllowancePolicy::getNoticeDays, policy.getNoticeDays()).set(AllowancePolicy::getValidTo, policy.getValidTo())
                .set(AllowancePolicy::getEnabled, policy.getEnabled()).set(AllowancePolicy::getUpdatedAt, policy.getUpdatedAt()));
        audit.record(actor, "EDIT", "allowance_policy", id, before, describe(policy));
        return policy;
    }

    private static void check(AllowancePolicy p) {
        if (p.getComputation() != Computation.CAPPED_COST && p.getComputation() != Computation.STANDARD && (p.getAmountFen() == null || p.getAmountFen() <= 0
                || p.getAmountFen() > MAX_FEN)) {
            throw new RuleViolation("金额要大于0,且不超过10万元。");
        }
        for (Long cap : new Long[]{p.getCapOutProvinceFen(), p.getCapInProvinceFen(), p.getCapInPrefectureFen()}) {
            if (cap != null && (cap <= 0 || cap > MAX_FEN)) {
                throw new RuleViolation("封顶金额要大于0,且不超过10万元;不补的去向留空。");
            }
        }
        if (p.getNoticeDays() == null || p.getNoticeDays() < 1 || p.getNoticeDays() > 60) {
            throw new RuleViolation("公示天数在1到60天之间。");
        }
        if (p.getValidTo() != null && p.getValidTo().isBefore(p.getValidFrom())) {
            throw new RuleViolation("截止日期不能早于开始日期。");
        }
    }

    public static String describe(AllowancePolicy p) {
        StringBuilder text = new StringBuilder(p.getName()).append(":");
        switch (p.getComputation()) {
            case CAPPED_COST -> text.append("实际费用,省外最多").append(fen(p.getCapOutProvinceFen()))
                    .append(",省内最多").append(fen(p.getCapInProvinceFen()))
                    .append(",州内县外最多").append(fen(p.getCapInPrefectureFen()));
            case PER_DAY -> text.append("每天").append(fen(p.getAmountFen()));
            case PER_STABLE_PERSON -> text.append("每稳定就业一人").append(fen(p.getAmountFen()));
            case FIXED -> text.append(fen(p.getAmountFen()));
            case STANDARD -> text.append("按工种和证书等级的培训补贴标准(就业前技能培训100%;建档立卡、岗位技能提升按各条标准的比例)");
        }
        return text.append(";").append(p.getFrequency().label()).append(";公示").append(p.getNoticeDays()).append("天")
                .append(Boolean.TRUE.equals(p.getEnabled()) ? "" : ";已停用").toString();
    }

    private static String fen(Long fen) {
        return fen == null ? "不补" : AllowanceRules.yuan(fen);
    }
}
