package cn.laowu.core.job;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/** Every few minutes, on one instance, jobs past their end date become 已到期. */
@Component
public class JobExpirySchedule {

    private static final Logger log = LoggerFactory.getLogger(JobExpirySchedule.class);

    private final JobExpiry jobs;

    public JobExpirySchedule(JobExpiry jobs) {
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.job-expiry:PT10M}")
    @SchedulerLock(name = "job-expiry", lockAtMostFor = "PT5M")
    public void run() {
        int expired = jobs.expireEnded();
        if (expired > 0) {
            log.info("{} job(s) passed their end date and are now expired", expired);
        }
    }
}
