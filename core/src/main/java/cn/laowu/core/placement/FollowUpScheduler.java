package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 跟踪服务 follows the pipeline inside its transaction: 上岗 schedules follow-ups 1, 3, 6 and 12
 * months on, looked after by the worker's township; 未通过/已放弃 drops those still to come.
 */
@Component
class FollowUpScheduler {

    private final FollowUpMapper followUps;
    private final WorkerService workers;
    private final Clock clock;

    FollowUpScheduler(FollowUpMapper followUps, WorkerService workers, Clock clock) {
        this.followUps = followUps;
        this.workers = workers;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationStatusChanged change) {
        if (change.to() == ApplicationStatus.PLACED) {
            schedule(change);
        } else if (change.to() == ApplicationStatus.REJECTED || change.to() == ApplicationStatus.WITHDRAWN) {
            followUps.delete(new LambdaQueryWrapper<FollowUp>().eq(FollowUp::getApplicationId, change.applicationId())
                    .isNull(FollowUp::getRecordedAt));
        }
    }

    private void schedule(ApplicationStatusChanged change) {
        Worker worker = workers.find(change.workerId()).orElseThrow();
        LocalDate placedOn = ChinaTime.today(clock);
        for (int month : FollowUpService.MONTHS) {
            FollowUp followUp = new FollowUp();
            followUp.setApplicationId(change.applicationId());
            followUp.setWorkerId(change.workerId());
            followUp.setRegionPath(worker.getHomeRegionPath());
            followUp.setMonthNo(month);
            followUp.setDueOn(placedOn.plusMonths(month));
            followUps.insert(followUp);
        }
    }
}
