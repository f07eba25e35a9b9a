package cn.laowu.core.allowance;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.poverty.PovertyListMatched;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/** Claims waiting for the poverty list (待核对名单) go to the township's first review once the list has the worker. */
@Component
class ListMatching {

    private final ClaimMapper claims;
    private final AllowanceCatalogue catalogue;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    ListMatching(ClaimMapper claims, AllowanceCatalogue catalogue, Outbox outbox, AuditLog audit, Clock clock) {
        this.claims = claims;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** In the import's transaction: the list and the claims it releases change together. */
    @EventListener
    void matched(PovertyListMatched event) {
        for (AllowanceClaim claim : claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                .in(AllowanceClaim::getWorkerId, event.workerIds())
                .eq(AllowanceClaim::getStatus, ClaimStatus.AWAITING_LIST))) {
            int moved = claims.update(null, new LambdaUpdateWrapper<AllowanceClaim>().eq(AllowanceClaim::getId, claim.getId())
                    .eq(AllowanceClaim::getStatus, ClaimStatus.AWAITING_LIST)
                    .set(AllowanceClaim::getStatus, ClaimStatus.SUBMITTED)
                    .set(AllowanceClaim::getUpdatedAt, LocalDateTime.now(clock)));
            if (moved != 1) {
                continue;
            }
            AllowancePolicy policy = catalogue.byId(claim.getPolicyId());
            audit.record(Actor.system(claim.getRegionPath()), "LIST_MATCHED", "allowance_claim", claim.getId(),
                    ClaimStatus.AWAITING_LIST.label(), "建档立卡名单已核对,转乡镇初审");
            if (claim.getClaimantType() == Claimant.WORKER) {
                outbox.toWorker(claim.getWorkerId(), Message.single("allowance:" + claim.getId() + ":listed",
                        policy.getName(), ClaimStatus.SUBMITTED.label(), "建档立卡名单已核对",
                        "县里导入的建档立卡名单里有您,「" + policy.getName() + "」申请已转乡镇社会保障站初审。"
                                + "进度回复 我的补贴 查看。"));
            }
        }
    }
}
