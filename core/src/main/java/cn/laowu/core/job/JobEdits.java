package cn.laowu.core.job;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A clerk's edit of a published (or draft, or expired) job, field by field: the job's console
 * form calls it; the change list it answers is what applicants and the keyword index follow.
 */
@Service
public class JobEdits {

    private final JobService jobService;
    private final EmployerMapper employers;
    private final JobMapper jobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final List<PublishRule> publishRules;

    public JobEdits(JobService jobService, EmployerMapper employers, JobMapper jobs, AuditLog audit,
                    ApplicationEventPublisher publisher, Clock clock, List<PublishRule> publishRules) {
        this.jobService = jobService;
        this.employers = employers;
        this.jobs = jobs;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.publishRules = publishRules;
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
    public JobEdited update(Actor actor, RegionScope scope, long jobId, int expectedVersion, JobService.JobDraft draft) {
        Job before = jobService.job(scope, jobId);
        if (before.getVersion() != expectedVersion) {
            throw new RuleViolation("岗位刚被改过(别人改的,或这份表已经提交过),请刷新页面看看现在的内容再改。");
        }
        Employer employer = employers.selectById(before.getEmployerId());
        Job after = jobService.job(scope, jobId);
        JobDrafts.apply(draft, after, employer);
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
        change(out, "月薪", JobService.wage(a), JobService.wage(b), true);
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

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
