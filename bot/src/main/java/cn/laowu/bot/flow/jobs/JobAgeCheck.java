package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.flow.register.RegistrationCheck;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.privacy.ChineseIdNumber;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Applying before registering: the job's age limits are checked as soon as the ID number is in. */
@Component
class JobAgeCheck implements RegistrationCheck {

    private final JobService jobs;
    private final ApplicationService applications;

    JobAgeCheck(JobService jobs, ApplicationService applications) {
        this.jobs = jobs;
        this.applications = applications;
    }

    @Override
    public String flow() {
        return JobsFlow.ID;
    }

    @Override
    public Optional<String> refuse(String jobId, ChineseIdNumber id) {
        if (jobId == null || !jobId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jobs.openJob(Long.parseLong(jobId))
                .flatMap(card -> applications.ageRefusal(card.job(), id.birthDate()));
    }
}
