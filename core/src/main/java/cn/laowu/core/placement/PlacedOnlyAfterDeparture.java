package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.application.TransitionRule;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 上岗 is recorded as of today, so before the group's departure day it would put on record a
 * worker at the factory who has not left home yet.
 */
@Component
class PlacedOnlyAfterDeparture implements TransitionRule {

    private final DispatchBatchMapper batches;
    private final Clock clock;

    PlacedOnlyAfterDeparture(DispatchBatchMapper batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void check(JobApplication application, ApplicationStatus to) {
        if (to != ApplicationStatus.PLACED || application.getBatchId() == null) {
            return;
        }
        DispatchBatch batch = batches.selectById(application.getBatchId());
        LocalDate today = ChinaTime.today(clock);
        if (batch != null && batch.getDepartOn() != null && batch.getDepartOn().isAfter(today)) {
            throw new RuleViolation("这一批" + batch.getDepartOn().getMonthValue() + "月" + batch.getDepartOn().getDayOfMonth()
                    + "日才出发,还不能办理上岗;请在出发当天或到岗以后再办理。");
        }
    }
}
