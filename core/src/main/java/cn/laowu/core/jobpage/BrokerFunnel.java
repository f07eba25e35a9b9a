package cn.laowu.core.jobpage;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Job;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a broker's work has produced, step by step: views of job pages opened through their links
 * (counters, nobody stored), followers gained, registrations, applications, 上岗, 稳岗; in total
 * for their own page and the console, and per job (followers and registrations belong to no job).
 * Applications count the newest 200 credited ({@link BrokerService#referrals}).
 */
@Service
public class BrokerFunnel {

    static final Set<ApplicationStatus> AT_WORK = EnumSet.of(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP,
            ApplicationStatus.STABLE);

    private final JobPages pages;
    private final FollowerService followers;
    private final BrokerService brokers;

    public BrokerFunnel(JobPages pages, FollowerService followers, BrokerService brokers) {
        this.pages = pages;
        this.followers = followers;
        this.brokers = brokers;
    }

    public record Counts(long views, long followers, long registered, long applications, long placed, long stable) {
    }

    public record JobRow(Job job, long views, long applications, long placed, long stable) {
    }

    public Counts of(long brokerId, List<BrokerService.Referral> referrals) {
        FollowerService.Credited credited = followers.creditedTo(brokerId);
        return new Counts(pages.brokerViews(brokerId), credited.followers(), credited.registered(), referrals.size(),
                referrals.stream().filter(BrokerFunnel::atWork).count(),
                referrals.stream().filter(BrokerService.Referral::subsidyEligible).count());
    }

    public Counts of(long brokerId) {
        return of(brokerId, brokers.referrals(brokerId));
    }

    /** Per job the broker's referrals applied to, newest application first. */
    public List<JobRow> perJob(long brokerId, List<BrokerService.Referral> referrals) {
        Map<Long, List<BrokerService.Referral>> byJob = new LinkedHashMap<>();
        for (BrokerService.Referral referral : referrals) {
            byJob.computeIfAbsent(referral.entry().job().getId(), k -> new ArrayList<>()).add(referral);
        }
        Map<Long, Long> views = pages.brokerViews(brokerId, List.copyOf(byJob.keySet()));
        return byJob.values().stream().map(list -> new JobRow(list.get(0).entry().job(),
                views.getOrDefault(list.get(0).entry().job().getId(), 0L), list.size(),
                list.stream().filter(BrokerFunnel::atWork).count(),
                list.stream().filter(BrokerService.Referral::subsidyEligible).count())).toList();
    }

    private static boolean atWork(BrokerService.Referral referral) {
        return AT_WORK.contains(referral.entry().application().getStatus());
    }
}
