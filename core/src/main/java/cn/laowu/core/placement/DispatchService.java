package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * 集中输送 groups (带队): a job's workers who leave together. The office sets the day, the meeting
 * point, the escort and the destination; workers are told all four when they join a group, and the
 * whole group can then be moved on at once (all 上岗 on arrival).
 */
@Service
public class DispatchService {


    private final DispatchBatchMapper batches;
    private final ApplicationService applications;
    private final JobService jobs;
    private final AuditLog audit;
    private final Clock clock;

    public DispatchService(DispatchBatchMapper batches, ApplicationService applications, JobService jobs,
                           AuditLog audit, Clock clock) {
        this.batches = batches;
        this.applications = applications;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewBatch(LocalDate departOn, String meetingPoint, String escort, String destination) {
    }

    /** A group with what its members are doing now. */
    public record BatchView(DispatchBatch batch, List<ApplicationService.Entry> members) {
        public long count(ApplicationStatus status) {
            return members.stream().filter(m -> m.application().getStatus() == status).count();
        }
    }

    @Transactional
    public DispatchBatch create(Actor actor, RegionScope scope, long jobId, NewBatch input) {
        Job job = jobs.job(scope, jobId);
        if (input.departOn() == null) {
            throw new RuleViolation("请填写出发日期。");
        }
        if (input.departOn().isBefore(ChinaTime.today(clock))) {
            throw new RuleViolation("出发日期不能早于今天。");
        }
        DispatchBatch batch = new DispatchBatch();
        batch.setJobId(job.getId());
        batch.setDepartOn(input.departOn());
        batch.setMeetingPoint(Text.required(input.meetingPoint(), "集合地点", 64));
        batch.setEscort(Text.required(input.escort(), "带队人员(姓名和电话)", 32));
        batch.setDestination(Text.required(input.destination(), "目的地", 64));
        batch.setCreatedBy(actor.username());
        batch.setCreatedAt(LocalDateTime.now(clock));
        batches.insert(batch);
        audit.record(actor, "CREATE", "dispatch_batch", batch.getId(), null, job.getTitle() + ":" + describe(batch));
        return batch;
    }

    /**
     * The job's groups, newest first, each with its members: all of them for the job's office; for a
     * township reaching another office's job through its villagers, only those villagers (so it can
     * put them into the group they leave with, and sees no one else's people).
     */
    public List<BatchView> forJob(RegionScope scope, long jobId) {
        ApplicationService.JobAccess access = applications.access(scope, jobId);
        return batches.selectList(new LambdaQueryWrapper<DispatchBatch>().eq(DispatchBatch::getJobId, jobId)
                .orderByDesc(DispatchBatch::getId)).stream()
                .map(b -> new BatchView(b, applications.inBatch(access, scope, b.getId()))).toList();
    }

    /** The job's next 集中输送 group still to leave (for the public job page: date and whether staff go along). */
    public java.util.Optional<DispatchBatch> nextDeparture(long jobId) {
        return java.util.Optional.ofNullable(batches.selectOne(new LambdaQueryWrapper<DispatchBatch>()
                .eq(DispatchBatch::getJobId, jobId).ge(DispatchBatch::getDepartOn, ChinaTime.today(clock))
                .orderByAsc(DispatchBatch::getDepartOn).last("LIMIT 1")));
    }

    /**
     * The next departure of every job that has one ahead, in one query: the few batches still to
     * leave, for pages that show many jobs' departures (the public job pages keep it a while).
     */
    public java.util.Map<Long, DispatchBatch> nextDepartures() {
        java.util.Map<Long, DispatchBatch> next = new java.util.HashMap<>();
        for (DispatchBatch batch : batches.selectList(new LambdaQueryWrapper<DispatchBatch>()
                .ge(DispatchBatch::getDepartOn, ChinaTime.today(clock)).orderByAsc(DispatchBatch::getDepartOn))) {
            next.putIfAbsent(batch.getJobId(), batch);
        }
        return next;
    }

    public BatchView get(RegionScope scope, long batchId) {
        DispatchBatch batch = batches.selectById(batchId);
        if (batch == null) {
            throw new NotFoundInScope("Dispatch batch");
        }
        jobs.job(scope, batch.getJobId());
        return new BatchView(batch, members(batchId));
    }

    /**
     * Moves every member still on the way (not 未通过/已放弃, not already there) to the next stage,
     * all or none: the group travels together.
     */
    @Transactional
    public int moveGroup(Actor actor, RegionScope scope, long batchId, ApplicationStatus to, String note) {
        BatchView view = get(scope, batchId);
        List<Long> ids = view.members().stream().map(ApplicationService.Entry::application)
                .filter(a -> !a.getStatus().isFinal() && a.getStatus() != to).map(JobApplication::getId).toList();
        if (ids.isEmpty()) {
            throw new RuleViolation("这个批次没有需要办理的人员。");
        }
        return applications.move(actor, scope, view.batch().getJobId(), ids, to, note);
    }

    /** What a worker is told, and what the clerk's record shows: 12月1日(周二)出发,集合…,带队…,去…. */
    public static String describe(DispatchBatch batch) {
        LocalDate day = batch.getDepartOn();
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日("
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA) + ")出发,集合地点:"
                + batch.getMeetingPoint() + ",带队:" + batch.getEscort() + ",目的地:" + batch.getDestination();
    }

    private List<ApplicationService.Entry> members(long batchId) {
        return applications.inBatch(batchId);
    }

    /** 集中输送: the chosen applicants join one of the job's groups; they are told when and where to meet. */
    @Transactional
    public int dispatch(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, long batchId) {
        return dispatch(actor, scope, jobId, applicationIds, batchId, null);
    }

    /** With the clerk's reason, which some moves need (an employer with an open wage case). */
    @Transactional
    public int dispatch(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, long batchId, String reason) {
        DispatchBatch batch = batches.selectById(batchId);
        if (batch == null || batch.getJobId() != jobId) {
            throw new NotFoundInScope("Dispatch batch");
        }
        return applications.dispatch(actor, scope, jobId, applicationIds, batchId, describe(batch), reason);
    }
}
