package cn.laowu.core.allowance;

import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.region.RegionService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What audits find, flagged to the reviewer (never decided by the machine): the same receipt photo
 * in two claims, someone who left the job still drawing a placement-based subsidy, the same person
 * claiming the same allowance in two regions, and earlier years' recipients. Computed when the
 * reviewer looks, so a follow-up recorded after the claim still shows.
 */
@Component
class FraudChecks {

    private final ClaimMapper claims;
    private final EvidenceMapper evidence;
    private final FollowUpService followUps;
    private final RegionService regions;
    private final ClaimFacts facts;

    FraudChecks(ClaimMapper claims, EvidenceMapper evidence, FollowUpService followUps, RegionService regions,
                ClaimFacts facts) {
        this.facts = facts;
        this.claims = claims;
        this.evidence = evidence;
        this.followUps = followUps;
        this.regions = regions;
    }

    List<String> flags(AllowanceClaim claim, Map<Long, AllowancePolicy> policies) {
        List<String> flags = new ArrayList<>(facts.flags(claim));
        AllowancePolicy policy = policies.get(claim.getPolicyId());
        List<ClaimEvidence> own = evidence.selectList(new LambdaQueryWrapper<ClaimEvidence>()
                .eq(ClaimEvidence::getClaimId, claim.getId()).select(ClaimEvidence::getContentHash, ClaimEvidence::getKind));
        for (ClaimEvidence photo : own) {
            evidence.selectList(new LambdaQueryWrapper<ClaimEvidence>().eq(ClaimEvidence::getContentHash, photo.getContentHash())
                            .ne(ClaimEvidence::getClaimId, claim.getId()).select(ClaimEvidence::getClaimId)).stream()
                    .map(ClaimEvidence::getClaimId).distinct()
                    .forEach(other -> flags.add("同一张" + photo.getKind().label() + "照片也用在了申请 #" + other + "。"));
        }
        if (claim.getApplicationId() != null) {
            followUps.ofApplication(claim.getApplicationId()).stream()
                    .filter(f -> Boolean.FALSE.equals(f.getStillEmployed())).findFirst()
                    .ifPresent(f -> flags.add(left(f)));
            if (claim.getClaimantType() == Claimant.EMPLOYER && !contractOnRecord(claim.getApplicationId())) {
                flags.add("没有这次上岗的劳动合同照片记录,请核对合同。");
            }
        }
        List<AllowanceClaim> sameKind = claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                        .eq(AllowanceClaim::getWorkerId, claim.getWorkerId()).eq(AllowanceClaim::getClaimantType, claim.getClaimantType())
                        .ne(AllowanceClaim::getId, claim.getId()).ne(AllowanceClaim::getStatus, ClaimStatus.REJECTED)).stream()
                .filter(c -> policies.get(c.getPolicyId()).getCode().equals(policy.getCode())).toList();
        for (AllowanceClaim other : sameKind) {
            AllowancePolicy otherPolicy = policies.get(other.getPolicyId());
            if (!otherPolicy.getRegionCode().equals(policy.getRegionCode())) {
                flags.add("同一人在" + regionName(otherPolicy.getRegionCode()) + "也申领了" + policy.getName()
                        + "(申请 #" + other.getId() + ")。");
            } else if (other.getStatus() == ClaimStatus.PAID && other.getCreatedAt().getYear() < claim.getCreatedAt().getYear()) {
                flags.add(other.getCreatedAt().getYear() + "年已领过" + policy.getName() + "(申请 #" + other.getId() + ")。");
            }
        }
        return flags;
    }

    List<String> facts(AllowanceClaim claim) {
        return facts.facts(claim);
    }

    private boolean contractOnRecord(long applicationId) {
        List<Long> ids = claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                .eq(AllowanceClaim::getApplicationId, applicationId).select(AllowanceClaim::getId)).stream()
                .map(AllowanceClaim::getId).toList();
        return !ids.isEmpty() && evidence.exists(new LambdaQueryWrapper<ClaimEvidence>().in(ClaimEvidence::getClaimId, ids)
                .eq(ClaimEvidence::getKind, EvidenceKind.CONTRACT));
    }

    private static String left(FollowUp followUp) {
        return followUp.getMonthNo() + "个月回访记录为「已离开」,却仍在领取按上岗发放的补贴。";
    }

    private String regionName(String code) {
        return regions.find(code).map(r -> r.getName()).orElse(code);
    }
}
