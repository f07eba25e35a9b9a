package cn.laowu.core.allowance;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A fresh region chain with 湘西州's seeded policies copied onto it, and workers taken through the pipeline. */
@Component
class AllowanceFixture {

    final RegionService regions;
    final AllowanceCatalogue catalogue;
    final WorkerService workers;
    final JobService jobs;
    final ApplicationService applications;
    final DispatchService dispatch;
    final FollowUpService followUps;
    final FollowerService followers;
    final JdbcTemplate jdbc;
    final Clock clock;

    AllowanceFixture(RegionService regions, AllowanceCatalogue catalogue, WorkerService workers, JobService jobs,
                     ApplicationService applications, DispatchService dispatch, FollowUpService followUps,
                     FollowerService followers, JdbcTemplate jdbc, Clock clock) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.workers = workers;
        this.jobs = jobs;
        this.applications = applications;
        this.dispatch = dispatch;
        this.followUps = followUps;
        this.followers = followers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One test's world: its regions, a clerk per level, and the seeded catalogue of {@code seedRegion}. */
    class World {
        final TestRegions.Chain chain = TestRegions.create(regions);
        final RegionScope prefecture = RegionScope.of(chain.prefecture());
        final RegionScope county = RegionScope.of(chain.county());
        final RegionScope township = RegionScope.of(chain.township());
        final Actor admin = new Actor("county-admin", chain.county().getPath(), null);
        final Actor townshipClerk = new Actor("township-clerk", chain.township().getPath(), null);
        final Actor countyReviewer = new Actor("county-reviewer", chain.county().getPath(), null);

        World(String seedRegionPath) {
            Actor prefect = new Actor("prefect", chain.prefecture().getPath(), null);
            for (AllowancePolicy seeded : catalogue.inForce(seedRegionPath)) {
                catalogue.define(prefect, prefecture, chain.prefecture().getCode(), new AllowanceCatalogue.PolicyDraft(
                        seeded.getCode(), seeded.getName(), seeded.getQualification(), seeded.getComputation(),
                        seeded.getAmountFen(), seeded.getCapOutProvinceFen(), seeded.getCapInProvinceFen(),
                        seeded.getCapInPrefectureFen(), AllowanceRules.evidence(seeded), seeded.getFrequency(),
                        seeded.getMinMonths(), seeded.getNoticeDays(), seeded.getValidFrom(), null, seeded.getBasis()));
            }
        }

        Worker worker(boolean poverty) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Worker worker = workers.register(new NewWorker("龙补贴", TestIds.bornIn(1980 + random.nextInt(20)), null, chain.village().getCode(), poverty));
            String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
            followers.subscribed("wxallowance00001", openid, null);
            followers.bindWorker("wxallowance00001", openid, worker.getId());
            return worker;
        }

        Job job(WorkArea area, String insurance) {
            Employer employer = jobs.vet(admin, county, jobs.createEmployer(admin, county,
                    new JobService.NewEmployer("吉首某厂", "吉首", null, null)).getId(), "已考察");
            return jobs.publish(admin, county, jobs.createJob(admin, county, new JobService.JobDraft(employer.getId(),
                    "缝纫工", "制造", area, "某地", 400_000, 500_000, null, null, insurance, null, null, null, 10, false,
                    null)).getId());
        }

        long placed(Worker worker, Job job, Long brokerId) {
            long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT",
                    brokerId)).application().getId();
            for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
                applications.move(admin, county, job.getId(), List.of(id), step, null);
            }
            DispatchBatch batch = dispatch.create(admin, county, job.getId(),
                    new DispatchService.NewBatch(today(), "县人社局门口", "张干事", "某地"));
            dispatch.dispatch(admin, county, job.getId(), List.of(id), batch.getId());
            applications.move(admin, county, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
            return id;
        }

        /** A year on, the 12-month follow-up says still there, and the office marks 稳岗. */
        void stable(long applicationId, long jobId) {
            jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL 13 MONTH WHERE id = ?", applicationId);
            jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 13 MONTH WHERE application_id = ?", applicationId);
            FollowUp last = followUps.ofApplication(applicationId).get(3);
            followUps.record(admin, county, last.getId(), new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, null));
            applications.move(admin, county, jobId, List.of(applicationId), ApplicationStatus.STABLE, null);
        }

        /** The follow-up a month in says the worker left. */
        void left(long applicationId) {
            jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 1 MONTH WHERE application_id = ? AND month_no = 1",
                    applicationId);
            FollowUp first = followUps.ofApplication(applicationId).get(0);
            followUps.record(admin, county, first.getId(), new FollowUpService.Answer(false, null, null, "回家了"));
        }
    }

    World world() {
        return new World("/433100/433101/");
    }

    World world(String seedRegionPath) {
        return new World(seedRegionPath);
    }

    LocalDate today() {
        return ChinaTime.today(clock);
    }

    static Photo photo(EvidenceKind kind, String content) {
        return new Photo(kind, "image/jpeg", content.getBytes());
    }
}
