package cn.laowu.core.job;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.Text;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Employers (with their 考察 record) and the jobs an office publishes, and jobs as the pipeline and
 * the chat read them. A clerk's field-by-field edit is {@link JobEdits}; expiry by date is {@link JobExpiry}.
 */
@Service
public class JobService {


    private final EmployerMapper employers;
    private final JobMapper jobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final List<PublishRule> publishRules;
    private final List<EmployerConcern> concerns;

    public JobService(EmployerMapper employers, JobMapper jobs, AuditLog audit, ApplicationEventPublisher publisher,
                      Clock clock, List<PublishRule> publishRules, List<EmployerConcern> concerns) {
        this.publishRules = publishRules;
        this.concerns = concerns;
        this.employers = employers;
        this.jobs = jobs;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    public record NewEmployer(String name, String location, String contact, String description) {
    }

    /** What a clerk fills in for a job. Wages in fen. */
    public record JobDraft(long employerId, String title, String industry, WorkArea workArea, String workPlace,
                           long wageMinFen, long wageMaxFen, String hours, String foodLodging, String socialInsurance,
                           Integer ageMin, Integer ageMax, String healthRequirement, int headcount,
                           boolean trainingRequired, LocalDate endsOn) {
    }

    /** A job as a worker sees it in a list or a detail view. */
    public record JobCard(Job job, Employer employer) {
    }

    // --- employers -------------------------------------------------------------------------

    /** What other features hold against the employer now (an open wage case...): shown before sending people. */
    public List<String> concerns(long employerId) {
        return concerns.stream().flatMap(c -> c.concerns(employerId).stream()).toList();
    }

    /** Vetted as a worker is told: not while something is open against the employer. */
    public boolean vettedNow(Employer employer) {
        return employer.isVetted() && concerns(employer.getId()).isEmpty();
    }

    @Transactional
    public Employer createEmployer(Actor actor, RegionScope scope, NewEmployer input) {
        Text.required(input.name(), "企业名称", 128);
        Text.required(input.location(), "企业所在地", 128);
        Text.limited(input.contact(), "联系方式", 128);
        Text.limited(input.description(), "企业介绍", 1000);
        LocalDateTime now = LocalDateTime.now(clock);
        Employer employer = new Employer();
        employer.setName(input.name().trim());
        employer.setLocation(input.location().trim());
        employer.setContact(Text.blankToNull(input.contact()));
        employer.setDescription(Text.blankToNull(input.description()));
        employer.setOwnerRegionPath(scope.path());
        employer.setCreatedAt(now);
        employer.setUpdatedAt(now);
        employers.insert(employer);
        audit.record(actor, "CREATE", "employer", employer.getId(), null, employer.getName());
        return employer;
    }

    /** 考察: who went, when, what they found. Only a vetted employer's jobs can be published. */
    @Transactional
    public Employer vet(Actor actor, RegionScope scope, long employerId, String notes) {
        Employer employer = employer(scope, employerId);
        Text.required(notes, "考察情况", 1000);
        LocalDateTime now = LocalDateTime.now(clock);
        employers.update(null, new LambdaUpdateWrapper<Employer>().eq(Employer::getId, employerId)
                .set(Employer::getVettedAt, now).set(Employer::getVettedBy, actor.username())
                .set(Employer::getVetNotes, notes.trim()).set(Employer::getUpdatedAt, now));
        audit.record(actor, "VET", "employer", employerId, null, notes.trim());
        return employer(scope, employerId);
    }

    public Employer employer(RegionScope scope, long id) {
        Employer employer = employers.selectOne(new LambdaQueryWrapper<Employer>().eq(Employer::getId, id)
                .func(w -> scope.applyTo(w, Employer::getOwnerRegionPath)));
        if (employer == null) {
            throw new NotFoundInScope("Employer");
        }
        return employer;
    }

    public String employerName(long employerId) {
        Employer employer = employers.selectById(employerId);
        return employer == null ? null : employer.getName();
    }

    public List<Employer> employers(RegionScope scope) {
        return employers.selectList(new LambdaQueryWrapper<Employer>()
                .func(w -> scope.applyTo(w, Employer::getOwnerRegionPath)).orderByDesc(Employer::getId));
    }

    // --- jobs ------------------------------------------------------------------------------

    @Transactional
    public Job createJob(Actor actor, RegionScope scope, JobDraft draft) {
        Employer employer = employer(scope, draft.employerId());
        Job job = new Job();
        JobDrafts.apply(draft, job, employer);
        LocalDateTime now = LocalDateTime.now(clock);
        job.setFilled(0);
        job.setStatus(JobStatus.DRAFT);
        job.setOwnerRegionPath(scope.path());
        job.setCreatedAt(now);
        job.setUpdatedAt(now);
        job.setVersion(0);
        jobs.insert(job);
        publisher.publishEvent(new JobCreated(job));
        audit.record(actor, "CREATE", "job", job.getId(), null, describe(job));
        return job;
    }

    @Transactional
    public Job publish(Actor actor, RegionScope scope, long jobId) {
        Job job = job(scope, jobId);
        Employer employer = employers.selectById(job.getEmployerId());
        if (!employer.isVetted()) {
            throw new RuleViolation("企业「" + employer.getName() + "」还没有考察记录,考察后才能发布岗位。");
        }
        publishRules.forEach(rule -> rule.check(employer));
        if (job.getEndsOn() != null && job.getEndsOn().isBefore(today())) {
            throw new RuleViolation("截止日期已过,请先改截止日期。");
        }
        boolean first = job.getPublishedAt() == null;
        setStatus(job, JobStatus.PUBLISHED);
        audit.record(actor, "PUBLISH", "job", jobId, null, describe(job));
        if (first) {
            publisher.publishEvent(new JobPublished(job));
        }
        return job;
    }

    @Transactional
    public Job close(Actor actor, RegionScope scope, long jobId) {
        Job job = job(scope, jobId);
        setStatus(job, JobStatus.CLOSED);
        audit.record(actor, "CLOSE", "job", jobId, null, describe(job));
        return job;
    }

    /** A new end date (or none); an expired job with a date ahead is open again. */
    @Transactional
    public Job extend(Actor actor, RegionScope scope, long jobId, LocalDate endsOn) {
        Job job = job(scope, jobId);
        if (job.getStatus() == JobStatus.CLOSED) {
            throw new RuleViolation("岗位已关闭,不能再延期。");
        }
        if (endsOn != null && endsOn.isBefore(today())) {
            throw new RuleViolation("新的截止日期不能早于今天。");
        }
        String before = job.getEndsOn() == null ? "不限" : job.getEndsOn().toString();
        // An explicit update: "no end date" must be written as NULL, which updateById would skip.
        if (jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId).eq(Job::getVersion, job.getVersion())
                .set(Job::getEndsOn, endsOn)
                .set(Job::getStatus, job.getStatus() == JobStatus.EXPIRED ? JobStatus.PUBLISHED : job.getStatus())
                .set(Job::getUpdatedAt, LocalDateTime.now(clock)).setSql("version = version + 1")) == 0) {
            throw new RuleViolation("岗位刚被别人改过,请刷新后再试。");
        }
        audit.record(actor, "EXTEND", "job", jobId, "截止 " + before, "截止 " + (endsOn == null ? "不限" : endsOn));
        return job(scope, jobId);
    }

    /** 4500-6000 元, as the worker read it. */
    public static String wage(Job job) {
        return yuan(job.getWageMinFen()) + "-" + yuan(job.getWageMaxFen()) + " 元";
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? String.valueOf(fen / 100) : String.format("%.2f", fen / 100.0);
    }

    public Job job(RegionScope scope, long id) {
        Job job = jobs.selectOne(new LambdaQueryWrapper<Job>().eq(Job::getId, id)
                .func(w -> scope.applyTo(w, Job::getOwnerRegionPath)));
        if (job == null) {
            throw new NotFoundInScope("Job");
        }
        return job;
    }

    /** Any job by id, whatever its status or office: for the pipeline, never shown to a clerk as is. */
    public Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.selectById(id));
    }

    public Map<Long, Job> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : jobs.selectByIds(ids).stream().collect(Collectors.toMap(Job::getId, Function.identity()));
    }

    /**
     * Takes one place with a conditional UPDATE ({@code filled < headcount}), so the last place
     * goes to one applicant only. {@code onlyPublished}: a fresh application needs the job open;
     * the office moving a 候补 up does not.
     */
    public boolean takePlace(long jobId, boolean onlyPublished) {
        return jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId)
                .eq(onlyPublished, Job::getStatus, JobStatus.PUBLISHED).apply("filled < headcount")
                .setSql("filled = filled + 1")) == 1;
    }

    public void releasePlace(long jobId) {
        jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId).setSql("filled = filled - 1"));
    }

    public List<JobCard> jobs(RegionScope scope) {
        return cards(jobs.selectList(new LambdaQueryWrapper<Job>()
                .func(w -> scope.applyTo(w, Job::getOwnerRegionPath)).orderByDesc(Job::getId)));
    }

    /** An open job as workers may see it: published and not past its end date. */
    public Optional<JobCard> openJob(long id) {
        Job job = jobs.selectById(id);
        if (job == null || !job.isOpenOn(today())) {
            return Optional.empty();
        }
        return Optional.of(new JobCard(job, employers.selectById(job.getEmployerId())));
    }

    /** Jobs with their employers, in the order given. */
    public List<JobCard> cards(List<Job> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Employer> byId = employers.selectByIds(list.stream().map(Job::getEmployerId).distinct().toList())
                .stream().collect(Collectors.toMap(Employer::getId, Function.identity()));
        return list.stream().map(job -> new JobCard(job, byId.get(job.getEmployerId()))).toList();
    }

    private void setStatus(Job job, JobStatus status) {
        LocalDateTime now = LocalDateTime.now(clock);
        job.setStatus(status);
        job.setUpdatedAt(now);
        if (status == JobStatus.PUBLISHED && job.getPublishedAt() == null) {
            job.setPublishedAt(now);
        }
        if (jobs.updateById(job) == 0) {
            throw new RuleViolation("岗位刚被别人改过,请刷新后再试。");
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    static String describe(Job job) {
        return job.getTitle() + " · " + job.getWorkPlace() + " · " + job.getHeadcount() + "人 · "
                + (job.getStatus() == null ? "" : job.getStatus().label());
    }
}
