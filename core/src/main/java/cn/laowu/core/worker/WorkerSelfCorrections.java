package cn.laowu.core.worker;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A worker's own correction of their card from the chat (我的信息): phone number or skills, audited as
 * theirs. Name, ID number and village stay with the office ({@link WorkerCardEdits}).
 */
@Service
public class WorkerSelfCorrections {

    private final WorkerMapper workers;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkerTally tally;

    public WorkerSelfCorrections(WorkerMapper workers, PersonalDataProtector protector, AuditLog audit, Clock clock,
                                 WorkerTally tally) {
        this.tally = tally;
        this.workers = workers;
        this.protector = protector;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worker corrects their own phone number or skills in chat; name, ID and village stay with the office. */
    @Transactional
    public Worker correctByWorker(long workerId, String phone, String skills) {
        Worker worker = workers.selectById(workerId);
        if (worker == null) {
            throw new NotFoundInScope("Worker");
        }
        String before = WorkerService.describe(worker) + (worker.getSkills() == null ? "" : ", 技能=" + worker.getSkills());
        CardFields.setPhone(protector, worker, phone);
        if (skills != null) {
            if (skills.isBlank() || skills.trim().length() > 255) {
                throw new RuleViolation("技能写255个字以内,比如 电焊、开叉车、会做饭。");
            }
            worker.setSkills(skills.trim());
        }
        worker.setUpdatedAt(LocalDateTime.now(clock));
        if (tally.around(List.of(workerId), () -> workers.updateById(worker)) == 0) {
            throw new RuleViolation("您的信息刚被工作人员改过,请再试一次。");
        }
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "SELF_CORRECT", "worker", workerId,
                before, WorkerService.describe(worker) + (worker.getSkills() == null ? "" : ", 技能=" + worker.getSkills()));
        return worker;
    }
}
