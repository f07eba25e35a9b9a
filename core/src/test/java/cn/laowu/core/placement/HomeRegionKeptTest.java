package cn.laowu.core.placement;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.PlacementRecords;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.progress.ProgressStore;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerCardEdits;
import cn.laowu.core.worker.WorkerEdit;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's figures count placements and follow-ups by the worker's home region kept on the rows
 * (V75): set when they are written, and moved with the worker when the card's home region changes,
 * so the figures stay "by home region" (where the worker lives now) as they were when they joined
 * the worker.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class HomeRegionKeptTest {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    WorkerCardEdits cards;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    DispatchService dispatch;
    @Autowired
    ProgressStore store;
    @Autowired
    PlacementRecords placementRecords;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theHomeRegionIsKeptOnWriteAndFollowsTheWorkerWhoMoves() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Region otherTownship = regions.create(chain.county().getCode() + "102", "另一镇", chain.county().getCode(), 1);
        Region otherVillage = regions.create(otherTownship.getCode() + "201", "另一村", otherTownship.getCode(), 0);
        RegionScope scope = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", chain.county().getPath(), "127.0.0.1");
        Worker worker = register(chain.village());
        Worker neighbour = register(chain.village());
        long placed = place(clerk, scope, worker);
        long neighbourPlaced = place(clerk, scope, neighbour);

        assertThat(homeOfApplication(placed)).isEqualTo(chain.village().getPath());
        assertThat(homesOfFollowUps(placed)).hasSize(4).containsOnly(chain.village().getPath());
        int year = today.getYear();
        int month = today.getMonthValue();
        store.refresh(year);
        assertThat(transfers(year, month, chain.township())).isEqualTo(2);
        assertThat(transfers(year, month, otherTownship)).isZero();

        // an edit that keeps the home region moves nothing
        cards.update(clerk, scope, worker.getId(), edit(workers.get(scope, worker.getId()), chain.village(), "工人甲"));
        assertThat(homeOfApplication(placed)).isEqualTo(chain.village().getPath());

        // the worker moves: every row of theirs, past and open, is counted at the new home; the neighbour's stay
        cards.update(clerk, scope, worker.getId(), edit(workers.get(scope, worker.getId()), otherVillage, "工人甲"));
        assertThat(homeOfApplication(placed)).isEqualTo(otherVillage.getPath());
        assertThat(homesOfFollowUps(placed)).hasSize(4).containsOnly(otherVillage.getPath());
        assertThat(homeOfApplication(neighbourPlaced)).isEqualTo(chain.village().getPath());
        assertThat(homesOfFollowUps(neighbourPlaced)).containsOnly(chain.village().getPath());
        store.refresh(year);
        assertThat(transfers(year, month, chain.township())).isEqualTo(1);
        assertThat(transfers(year, month, otherTownship)).isEqualTo(1);
        assertThat(placementRecords.firstPlacements(otherTownship.getPath(), year, month, List.of(), false, 0, 50)
                .lines()).extracting(line -> line.id()).containsExactly(placed);
        assertThat(placementRecords.firstPlacements(chain.township().getPath(), year, month, List.of(), false, 0, 50)
                .lines()).extracting(line -> line.id()).containsExactly(neighbourPlaced);
    }

    private long transfers(int year, int month, Region unit) {
        Totals totals = store.rollUp(year, month, unit.getPath()).get(unit.getPath());
        return totals == null ? 0 : totals.transfer();
    }

    private String homeOfApplication(long id) {
        return jdbc.queryForObject("SELECT home_region_path FROM job_application WHERE id = ?", String.class, id);
    }

    private List<String> homesOfFollowUps(long applicationId) {
        return jdbc.queryForList("SELECT region_path FROM follow_up WHERE application_id = ?", String.class, applicationId);
    }

    private long place(Actor clerk, RegionScope scope, Worker worker) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波某厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 10, false, null)).getId());
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today, "人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }

    private Worker register(Region village) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("工人", TestIds.bornIn(1980 + random.nextInt(20)),
                null, village.getCode(), false));
    }

    private static WorkerEdit edit(Worker w, Region home, String name) {
        return new WorkerEdit(name, null, home.getCode(), w.getEducation(), w.getSkillLevel(), w.getSkills(),
                w.getHealth(), w.getHouseholdIncomeFen(), w.getFamilyMembers(), Boolean.TRUE.equals(w.getPovertyRegistered()),
                Boolean.TRUE.equals(w.getPostSchoolYouth()), w.getEmploymentStatus(), w.getWorkPlace(), w.getEmployer(), w.getJobTitle(),
                w.getMonthlyWageFen(), w.getSatisfaction(), w.getWantsJobChange(), w.getChildrenSchooling(),
                w.getFamilyWithWorker(), w.getIntendedArea(), w.getIntendedIndustry(), w.getIntendedJob(),
                w.getExpectedWageFen(), w.getServiceNeeds(), w.getVersion());
    }
}
