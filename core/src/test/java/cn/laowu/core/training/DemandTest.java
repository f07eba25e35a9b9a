package cn.laowu.core.training;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** 以需定训: wishes recorded once per worker and trade, counted in scope, and the worker told once when a course opens. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class DemandTest {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    StaffService staff;
    @Autowired
    CourseService courses;
    @Autowired
    DemandService demand;
    @Autowired
    Outbox outbox;
    @Autowired
    FollowerService followers;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void wishesAreCountedPerTradeAndTheWorkersAreToldOnceWhenAMatchingCourseOpens() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Worker a = worker(chain);
        Worker b = worker(chain);
        Worker c = worker(chain);
        TrainingDemand first = demand.record(a.getId(), chain.village().getCode(), chain.village().getPath(), "挖掘机", "想学开挖掘机");
        demand.record(a.getId(), chain.village().getCode(), chain.village().getPath(), "挖掘机", "挖掘机什么时候有");
        demand.record(b.getId(), chain.village().getCode(), chain.village().getPath(), "挖掘机", "学挖掘机");
        demand.record(c.getId(), chain.village().getCode(), chain.village().getPath(), "月嫂", "想学月嫂");

        RegionScope county = RegionScope.of(chain.county());
        assertThat(demand.counts(county)).extracting(DemandService.Count::trade, DemandService.Count::workers)
                .containsExactly(tuple("挖掘机", 2), tuple("月嫂", 1));
        assertThat(demand.counts(county).get(0).byTownship()).containsEntry(chain.township().getName(), 2);
        assertThat(demand.counts(RegionScope.of(TestRegions.create(regions).county()))).isEmpty();

        StaffAccount school = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "县职业培训学校",
                StaffRole.TRAINING_PROVIDER, chain.county().getCode(), "Passw0rd!x", false);
        TrainingViewer viewer = TrainingViewer.institution(county, school.getId());
        Actor actor = new Actor(school.getUsername(), chain.county().getPath(), null);
        Course digger = courses.create(actor, viewer, new CourseService.CourseDraft("挖掘机操作培训班", CourseKind.PRE_EMPLOYMENT,
                "挖掘机驾驶员", CertificateLevel.BASIC, null, chain.county().getCode(), "县实训基地", today.plusDays(10),
                today.plusDays(40), 20, true, "张师傅", "实操为主", null));

        assertThat(outbox.ofSource("training-demand:" + first.getId() + ":" + digger.getId())).extracting(Delivery::getBody)
                .singleElement().asString().contains("您之前想学「挖掘机」").contains("挖掘机操作培训班").contains("回复 培训");
        assertThat(demand.find(b.getId(), "挖掘机").getNotifiedCourseId()).isEqualTo(digger.getId());
        assertThat(demand.find(c.getId(), "月嫂").getNotifiedAt()).isNull();
        assertThat(demand.counts(county)).extracting(DemandService.Count::trade).containsExactly("月嫂");

        // A second course of the trade tells nobody again.
        Course again = courses.create(actor, viewer, new CourseService.CourseDraft("挖掘机提高班", CourseKind.PRE_EMPLOYMENT,
                "挖掘机驾驶员", CertificateLevel.BASIC, null, chain.county().getCode(), "县实训基地", today.plusDays(50),
                today.plusDays(60), 20, true, "张师傅", "实操为主", null));
        assertThat(outbox.ofSource("training-demand:" + first.getId() + ":" + again.getId())).isEmpty();
    }

    private Worker worker(TestRegions.Chain chain) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Worker worker = workers.register(new NewWorker("想学", TestIds.bornIn(1980 + random.nextInt(20)),
                null, chain.village().getCode(), false));
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        followers.subscribed("wxdemand", openid, null);
        followers.bindWorker("wxdemand", openid, worker.getId());
        return worker;
    }
}
