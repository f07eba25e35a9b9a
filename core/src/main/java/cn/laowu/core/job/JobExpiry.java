package cn.laowu.core.job;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Jobs past their end date, closed by the clock rather than by a clerk (see {@link JobExpirySchedule}). */
@Service
public class JobExpiry {

    private final JobMapper jobs;
    private final AuditLog audit;
    private final Clock clock;

    public JobExpiry(JobMapper jobs, AuditLog audit, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Published jobs past their end date become 已到期 (run by the expiry schedule). Each is its
     * own conditional update, so a clerk extending a job at the same moment wins or loses cleanly.
     */
    @Transactional
    public int expireEnded() {
        List<Job> ended = jobs.selectList(new LambdaQueryWrapper<Job>().eq(Job::getStatus, JobStatus.PUBLISHED)
                .lt(Job::getEndsOn, today()).last("LIMIT 1000"));
        int expired = 0;
        for (Job job : ended) {
            if (jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, job.getId())
                    .eq(Job::getStatus, JobStatus.PUBLISHED).lt(Job::getEndsOn, today())
                    .set(Job::getStatus, JobStatus.EXPIRED).set(Job::getUpdatedAt, LocalDateTime.now(clock))
                    .setSql("version = version + 1")) == 1) {
                expired++;
                audit.record(Actor.system(job.getOwnerRegionPath()), "EXPIRE", "job", job.getId(), null,
                        job.getTitle() + " · 截止 " + job.getEndsOn());
            }
        }
        return expired;
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
