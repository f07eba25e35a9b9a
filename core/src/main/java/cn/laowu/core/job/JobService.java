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

/** Employers (with their 考察 record) and the jobs an office publishes. */
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
                .likeRight(Employer::getOwnerRegionPath, scope.path()));
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
                .likeRight(Employer::getOwnerRegionPath, scope.path()).orderByDesc(Employer::getId));
    }

    // --- jobs ------------------------------------------------------------------------------

    @Transactional
    public Job createJob(Actor actor, RegionScope scope, JobDraft draft) {
        Employer employer = employer(scope, draft.employerId());
        Job job = new Job();
        apply(draft, job, employer);
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

    /**
     * A clerk's edit of a job: the same checks as creating it; the employer stays. {@code
     * expectedVersion} is the version the form was filled from, so a second submit of the same
     * form, or an edit over someone else's, is refused instead of saved twice. A new end date
     * ahead opens an 已到期 job again (as 延期 does, with the checks of publishing). What changed
     * goes to the 操作日志, field by field, old → new; {@link JobEdited} lets the keyword index
     * and the job's applicants follow. Nothing changed: nothing written, an empty change list.
     */
    @Transactional
    public JobEdited update(Actor actor, RegionScope scope, long jobId, int expectedVersion, JobDraft draft) {
        Job before = job(scope, jobId);
        if (before.getVersion() != expectedVersion) {
            throw new RuleViolation("岗位刚被改过(别人改的,或这份表已经提交过),请刷新页面看看现在的内容再改。");
        }
        Employer employer = employers.selectById(before.getEmployerId());
        Job after = job(scope, jobId);
        apply(draft, after, employer);
        if (after.getHeadcount() < before.getFilled()) {
            throw new RuleViolation("招聘人数不能少于已占用的 " + before.getFilled() + " 个名额(报名和办理中的人员)。");
        }
        boolean newEnd = !java.util.Objects.equals(before.getEndsOn(), after.getEndsOn());
        if (newEnd && after.getEndsOn() != null && after.getEndsOn().isBefore(today())) {
            throw new RuleViolation("截止日期不能早于今天。");
        }
        List<JobEdited.Change> changes = changes(before, after);
        if (changes.isEmpty()) {
            return new JobEdited(before, List.of());
        }
        if (before.getStatus() == JobStatus.EXPIRED && newEnd
                && (after.getEndsOn() == null || !after.getEndsOn().isBefore(today()))) {
            if (!employer.isVetted()) {
                throw new RuleViolation("企业「" + employer.getName() + "」还没有考察记录,考察后才能重新发布岗位。");
            }
            publishRules.forEach(rule -> rule.check(employer));
            after.setStatus(JobStatus.PUBLISHED);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // Every field set explicitly: a cleared optional field must be written as NULL.
        if (jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId).eq(Job::getVersion, expectedVersion)
                .set(Job::getTitle, after.getTitle()).set(Job::getIndustry, after.getIndustry())
                .set(Job::getWorkArea, after.getWorkArea()).set(Job::getWorkPlace, after.getWorkPlace())
                .set(Job::getWageMinFen, after.getWageMinFen()).set(Job::getWageMaxFen, after.getWageMaxFen())
                .set(Job::getHours, after.getHours()).set(Job::getFoodLodging, after.getFoodLodging())
                .set(Job::getSocialInsurance, after.getSocialInsurance())
                .set(Job::getAgeMin, after.getAgeMin()).set(Job::getAgeMax, after.getAgeMax())
                .set(Job::getHealthRequirement, after.getHealthRequirement())
                .set(Job::getHeadcount, after.getHeadcount()).set(Job::getTrainingRequired, after.getTrainingRequired())
                .set(Job::getEndsOn, after.getEndsOn()).set(Job::getSearchText, after.getSearchText())
                .set(Job::getStatus, after.getStatus()).set(Job::getUpdatedAt, now)
                .setSql("version = version + 1")) == 0) {
            throw new RuleViolation("岗位刚被改过(别人改的,或这份表已经提交过),请刷新页面看看现在的内容再改。");
        }
        after.setVersion(expectedVersion + 1);
        after.setUpdatedAt(now);
        audit.record(actor, "UPDATE", "job", jobId,
                changes.stream().map(c -> c.field() + ":" + c.before()).collect(Collectors.joining(";")),
                changes.stream().map(c -> c.field() + ":" + c.after()).collect(Collectors.joining(";"))
                        + (after.getStatus() != before.getStatus() ? "(重新发布)" : ""));
        JobEdited edited = new JobEdited(after, changes);
        publisher.publishEvent(edited);
        return edited;
    }

    /** Field by field, in the form's order; wage, place and the end date are what applicants hear of. */
    private static List<JobEdited.Change> changes(Job a, Job b) {
        List<JobEdited.Change> out = new java.util.ArrayList<>();
        change(out, "岗位名称", a.getTitle(), b.getTitle(), false);
        change(out, "行业", a.getIndustry(), b.getIndustry(), false);
        change(out, "工作地区", a.getWorkArea().label(), b.getWorkArea().label(), true);
        change(out, "工作地点", a.getWorkPlace(), b.getWorkPlace(), true);
        change(out, "月薪", wage(a), wage(b), true);
        change(out, "招聘人数", a.getHeadcount() + " 人", b.getHeadcount() + " 人", false);
        change(out, "报名截止", endsOn(a.getEndsOn()), endsOn(b.getEndsOn()), true);
        change(out, "工作时间", orNone(a.getHours()), orNone(b.getHours()), false);
        change(out, "食宿", orNone(a.getFoodLodging()), orNone(b.getFoodLodging()), false);
        change(out, "社保", orNone(a.getSocialInsurance()), orNone(b.getSocialInsurance()), false);
        change(out, "年龄要求", ages(a), ages(b), false);
        change(out, "健康要求", orNone(a.getHealthRequirement()), orNone(b.getHealthRequirement()), false);
        change(out, "先培训后输出", Boolean.TRUE.equals(a.getTrainingRequired()) ? "是" : "否",
                Boolean.TRUE.equals(b.getTrainingRequired()) ? "是" : "否", false);
        return out;
    }

    private static void change(List<JobEdited.Change> out, String field, String before, String after, boolean tells) {
        if (!before.equals(after)) {
            out.add(new JobEdited.Change(field, before, after, tells));
        }
    }

    /** 4500-6000 元, as the worker read it. */
    public static String wage(Job job) {
        return yuan(job.getWageMinFen()) + "-" + yuan(job.getWageMaxFen()) + " 元";
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? String.valueOf(fen / 100) : String.format("%.2f", fen / 100.0);
    }

    private static String endsOn(LocalDate day) {
        return day == null ? "不限" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String ages(Job job) {
        Integer min = job.getAgeMin();
        Integer max = job.getAgeMax();
        return min == null && max == null ? "不限" : min == null ? max + "岁以下" : max == null ? min + "岁以上"
                : min + "-" + max + "岁";
    }

    private static String orNone(String text) {
        return text == null ? "未填" : text;
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

    public Job job(RegionScope scope, long id) {
        Job job = jobs.selectOne(new LambdaQueryWrapper<Job>().eq(Job::getId, id)
                .likeRight(Job::getOwnerRegionPath, scope.path()));
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
                .likeRight(Job::getOwnerRegionPath, scope.path()).orderByDesc(Job::getId)));
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

    private void apply(JobDraft d, Job job, Employer employer) {
        Text.required(d.title(), "岗位名称", 64);
        Text.required(d.industry(), "行业", 32);
        Text.required(d.workPlace(), "工作地点", 64);
        if (d.workArea() == null) {
            throw new RuleViolation("请选择工作地区(省外/省内/州内/县内)。");
        }
        if (d.wageMinFen() <= 0 || d.wageMaxFen() < d.wageMinFen()) {
            throw new RuleViolation("月薪范围不对:最低要大于0,最高不能低于最低。");
        }
        if (d.headcount() < 1 || d.headcount() > 10_000) {
            throw new RuleViolation("招聘人数应在1到10000之间。");
        }
        if (d.ageMin() != null && d.ageMax() != null && d.ageMin() > d.ageMax()) {
            throw new RuleViolation("年龄要求不对:最小年龄大于最大年龄。");
        }
        // 劳动法第十五条: no one under 16 is employed.
        if (d.ageMin() != null && (d.ageMin() < 16 || d.ageMin() > 100)
                || d.ageMax() != null && (d.ageMax() < 16 || d.ageMax() > 100)) {
            throw new RuleViolation("年龄要求应在16到100岁之间。");
        }
        Text.limited(d.hours(), "工作时间", 64);
        Text.limited(d.foodLodging(), "吃住", 64);
        Text.limited(d.socialInsurance(), "社保", 64);
        Text.limited(d.healthRequirement(), "身体要求", 128);
        job.setEmployerId(employer.getId());
        job.setTitle(d.title().trim());
        job.setIndustry(d.industry().trim());
        job.setWorkArea(d.workArea());
        job.setWorkPlace(d.workPlace().trim());
        job.setWageMinFen(d.wageMinFen());
        job.setWageMaxFen(d.wageMaxFen());
        job.setHours(Text.blankToNull(d.hours()));
        job.setFoodLodging(Text.blankToNull(d.foodLodging()));
        job.setSocialInsurance(Text.blankToNull(d.socialInsurance()));
        job.setAgeMin(d.ageMin());
        job.setAgeMax(d.ageMax());
        job.setHealthRequirement(Text.blankToNull(d.healthRequirement()));
        job.setHeadcount(d.headcount());
        job.setTrainingRequired(d.trainingRequired());
        job.setEndsOn(d.endsOn());
        job.setSearchText(String.join(" ", job.getTitle(), job.getIndustry(), job.getWorkPlace(), employer.getName(),
                employer.getLocation(), d.workArea().label()));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    static String describe(Job job) {
        return job.getTitle() + " · " + job.getWorkPlace() + " · " + job.getHeadcount() + "人 · "
                + (job.getStatus() == null ? "" : job.getStatus().label());
    }
}
