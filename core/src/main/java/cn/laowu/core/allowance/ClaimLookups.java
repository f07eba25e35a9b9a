package cn.laowu.core.allowance;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * Claims that pay someone other than the worker, or that a course earned: the broker's page and
 * chat (服务补贴), and the training subsidy report. The worker's own are {@link AllowanceClaims#mine}.
 */
@Service
public class ClaimLookups {

    private final ClaimMapper claims;
    private final AllowanceCatalogue catalogue;

    public ClaimLookups(ClaimMapper claims, AllowanceCatalogue catalogue) {
        this.claims = claims;
        this.catalogue = catalogue;
    }

    /** Every claim a trainee's course earned, whoever is paid (the trainee, or the institution of a free course). */
    public List<AllowanceClaims.View> ofCourse(long workerId, long courseId) {
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getWorkerId, workerId)
                        .in(AllowanceClaim::getEventKey, "course:" + courseId, "course:" + courseId + ":worker:" + workerId)
                        .orderByAsc(AllowanceClaim::getId)).stream()
                .map(c -> new AllowanceClaims.View(c, catalogue.byId(c.getPolicyId()))).toList();
    }

    /** The service subsidies generated for a broker, newest first. */
    public List<AllowanceClaims.View> forBroker(long brokerId) {
        Map<Long, AllowancePolicy> policies = catalogue.all();
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getClaimantType, Claimant.BROKER)
                        .eq(AllowanceClaim::getClaimantId, brokerId).orderByDesc(AllowanceClaim::getId).last("LIMIT 20"))
                .stream().map(c -> new AllowanceClaims.View(c, policies.get(c.getPolicyId()))).toList();
    }
}
