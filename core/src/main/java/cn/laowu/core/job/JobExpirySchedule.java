package cn.laowu.core.job;

import cn.laowu.core.support.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Every few minutes, on one instance, jobs past their end date become 已到期. */
@Component
public class JobExpirySchedule {

    private static final Logger log = LoggerFactory.getLogger(JobExpirySchedule.class);

    private final JobService jobs;
    private final ClusterLock lock;

    public JobExpirySchedule(JobService jobs, ClusterLock lock) {
        this.jobs = jobs;
        this.lock = lock;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.job-expiry:PT10M}")
    public void run() {
        lock.runExclusively("job-expiry", Duration.ofMinutes(5), () -> {
            int expired = jobs.expireEnded();
            if (expired > 0) {
                log.info("{} job(s) passed their end date and are now expired", expired);
            }
        });
    }
}
