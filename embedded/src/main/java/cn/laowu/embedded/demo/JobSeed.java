package cn.laowu.embedded.demo;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.application.JobApplicationMapper;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchBatchMapper;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpMapper;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Vetted partner employers of 吉首市, their published jobs, a group placed five weeks ago (its
 * follow-ups overdue) and one leaving next week. The demo backdates rows directly, as only a
 * demo may.
 */
@Component
class JobSeed implements DemoSeed {

    private final JobService jobs;
    private final ApplicationService applications;
    private final DispatchService dispatch;
    private final WorkerMapper workerRows;
    private final JobApplicationMapper applicationRows;
    private final DispatchBatchMapper dispatchRows;
    private final FollowUpMapper followUpRows;

    JobSeed(JobService jobs, ApplicationService applications, DispatchService dispatch, WorkerMapper workerRows,
            JobApplicationMapper applicationRows, DispatchBatchMapper dispatchRows, FollowUpMapper followUpRows) {
        this.jobs = jobs;
        this.applications = applications;
        this.dispatch = dispatch;
        this.workerRows = workerRows;
        this.applicationRows = applicationRows;
        this.dispatchRows = dispatchRows;
        this.followUpRows = followUpRows;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        addJobs();
    }

    /** Vetted partner employers of 吉首市 and their published jobs, as the county office would post them. */
    private void addJobs() {
        RegionScope county = new RegionScope("/433100/433101/");
        Actor clerk = new Actor("jishou", county.path(), null);
        Employer electronics = vetted(clerk, county, "东莞市华联电子有限公司", "广东省东莞市长安镇", "2026年10月县就业服务中心实地考察:宿舍6人间,有食堂,按时发薪。");
        Employer garments = vetted(clerk, county, "宁波申洲针织有限公司", "浙江省宁波市北仑区", "2026年9月考察:订单稳定,有湘西籍班组长。");
        Employer local = vetted(clerk, county, "吉首市乾州酒店管理有限公司", "湖南省吉首市", "本地企业,2026年8月考察。");
        publish(clerk, county, electronics, "电子厂普工", "电子", WorkArea.OUT_OF_PROVINCE, "广东东莞", 4_500, 6_500,
                "两班倒,每天10小时", "包吃住", "五险", 18, 45, 30, false);
        publish(clerk, county, electronics, "SMT操作员", "电子", WorkArea.OUT_OF_PROVINCE, "广东东莞", 5_000, 7_000,
                "两班倒", "包吃住", "五险一金", 18, 40, 10, true);
        publish(clerk, county, garments, "缝纫工", "服装", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 5_500, 8_000,
                "计件,每天9小时", "包住,餐补", "五险", 18, 50, 20, true);
        Job warehouse = publish(clerk, county, garments, "仓库理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波",
                4_800, 5_800, "8小时", "包住", "五险", 18, 50, 5, false);
        publish(clerk, county, local, "客房服务员", "餐饮住宿", WorkArea.IN_COUNTY, "吉首市乾州", 2_800, 3_500,
                "8小时,月休4天", "包吃", "五险", 18, 50, 6, false);
        publish(clerk, county, local, "保安", "保安", WorkArea.IN_COUNTY, "吉首市", 3_000, 3_600,
                "12小时倒班", "包吃住", "五险", 20, 55, 4, false);
        addPlacements(clerk, county, warehouse);
    }

    /**
     * The warehouse job's five places as they might stand: three 吉首 workers placed five weeks ago
     * (their first follow-up overdue in 跟踪回访), two in the group that leaves next week.
     */
    private void addPlacements(Actor clerk, RegionScope county, Job job) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        List<Long> ids = workerRows.selectList(new LambdaQueryWrapper<Worker>()
                        .likeRight(Worker::getHomeRegionPath, county.path())
                        .between(Worker::getBirthDate, today.minusYears(49), today.minusYears(19))
                        .orderByAsc(Worker::getId).last("LIMIT 5"))
                .stream().map(worker -> ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(),
                        job.getId(), "CONSOLE")).application().getId()).toList();
        if (ids.size() < 5) {
            return;
        }
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, county, job.getId(), ids, step, null);
        }
        DispatchBatch arrived = dispatch.create(clerk, county, job.getId(), new DispatchService.NewBatch(today,
                "吉首市人社局门口", "杨干事 13907431234", "浙江宁波北仑区"));
        dispatch.dispatch(clerk, county, job.getId(), ids.subList(0, 3), arrived.getId());
        dispatch.moveGroup(clerk, county, arrived.getId(), ApplicationStatus.PLACED, null);
        DispatchBatch next = dispatch.create(clerk, county, job.getId(), new DispatchService.NewBatch(today.plusDays(7),
                "吉首市人社局门口", "杨干事 13907431234", "浙江宁波北仑区"));
        dispatch.dispatch(clerk, county, job.getId(), ids.subList(3, 5), next.getId());
        // As if the first group had left five weeks ago.
        List<Long> placed = ids.subList(0, 3);
        dispatchRows.update(null, new LambdaUpdateWrapper<DispatchBatch>().eq(DispatchBatch::getId, arrived.getId())
                .set(DispatchBatch::getDepartOn, today.minusDays(37)));
        applicationRows.update(null, new LambdaUpdateWrapper<JobApplication>().in(JobApplication::getId, placed)
                .setSql("placed_at = placed_at - INTERVAL 35 DAY"));
        followUpRows.update(null, new LambdaUpdateWrapper<FollowUp>().in(FollowUp::getApplicationId, placed)
                .setSql("due_on = due_on - INTERVAL 35 DAY"));
    }

    private Employer vetted(Actor clerk, RegionScope scope, String name, String location, String notes) {
        Employer employer = jobs.createEmployer(clerk, scope, new JobService.NewEmployer(name, location, "人事部", null));
        return jobs.vet(clerk, scope, employer.getId(), notes);
    }

    private Job publish(Actor clerk, RegionScope scope, Employer employer, String title, String industry, WorkArea area,
                         String place, long wageMin, long wageMax, String hours, String lodging, String insurance,
                         int ageMin, int ageMax, int headcount, boolean training) {
        Job job = jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title, industry, area, place,
                wageMin * 100, wageMax * 100, hours, lodging, insurance, ageMin, ageMax, "身体健康", headcount, training,
                null));
        return jobs.publish(clerk, scope, job.getId());
    }

}
