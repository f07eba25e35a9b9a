package cn.laowu.bot.h5;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.jobpage.JobPages;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a broker's work has produced, step by step: views of pages opened through their links
 * (counted, nobody stored), followers gained, registrations, applications, 上岗, 稳岗. Applications
 * count the newest 200 credited ({@link BrokerService#referrals}).
 */
@Component
class BrokerFunnel {

    static final Set<ApplicationStatus> AT_WORK = EnumSet.of(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP,
            ApplicationStatus.STABLE);

    private final JobPages pages;
    private final FollowerService followers;
    private final BrokerService brokers;

    BrokerFunnel(JobPages pages, FollowerService followers, BrokerService brokers) {
        this.pages = pages;
        this.followers = followers;
        this.brokers = brokers;
    }

    record Counts(long views, long followers, long registered, long applications, long placed, long stable) {
    }

    Counts of(long brokerId, List<BrokerService.Referral> referrals) {
        FollowerService.Credited credited = followers.creditedTo(brokerId);
        long placed = referrals.stream().filter(r -> AT_WORK.contains(r.entry().application().getStatus())).count();
        long stable = referrals.stream().filter(BrokerService.Referral::subsidyEligible).count();
        return new Counts(pages.brokerViews(brokerId), credited.followers(), credited.registered(), referrals.size(),
                placed, stable);
    }

    Counts of(long brokerId) {
        return of(brokerId, brokers.referrals(brokerId));
    }
}
