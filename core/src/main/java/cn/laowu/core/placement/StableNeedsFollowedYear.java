package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.application.TransitionRule;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** 稳岗 (and the broker's 300 元) needs a year in the job, confirmed by the 12-month follow-up. */
@Component
class StableNeedsFollowedYear implements TransitionRule {

    private final FollowUpMapper followUps;
    private final Clock clock;

    StableNeedsFollowedYear(FollowUpMapper followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public void check(JobApplication application, ApplicationStatus to) {
        if (to == ApplicationStatus.STABLE && !stableOneYear(application)) {
            throw new RuleViolation("稳岗要上岗满一年,并且12个月回访记录为仍在岗;有人还不满足。");
        }
    }

    private boolean stableOneYear(JobApplication application) {
        if (application.getPlacedAt() == null
                || application.getPlacedAt().toLocalDate().plusYears(1).isAfter(ChinaTime.today(clock))) {
            return false;
        }
        return followUps.exists(new LambdaQueryWrapper<FollowUp>()
                .eq(FollowUp::getApplicationId, application.getId())
                .eq(FollowUp::getMonthNo, FollowUpService.FINAL_MONTH)
                .eq(FollowUp::getStillEmployed, true));
    }
}
