package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.DemandService;
import cn.laowu.core.training.TrainingDemand;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 以需定训 from the chat: "想学开挖掘机" with no such course is recorded, and the worker hears when one opens. */
class TrainingDemandChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    StaffService staff;
    @Autowired
    CourseService courses;
    @Autowired
    DemandService demand;
    @Autowired
    Outbox outbox;

    @Test
    void aWishWithNoCourseIsRecordedAndTheWorkerIsToldWhenTheCourseOpens() {
        int n = nextRegionNumber();
        String p = String.format("6%03d00", n);
        Region prefecture = regions.create(p, "需求州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "需求县" + n, prefecture.getCode(), 0);
        Region township = regions.create(county.getCode() + "101", "需求镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "需求村" + n, township.getCode(), 0);

        String stranger = newOpenid();
        assertThat(say(stranger, "想学开挖掘机").content()).contains("暂时没有「挖掘机」的课程").contains("实名登记后");

        String openid = newOpenid();
        Worker worker = workers.register(new NewWorker("田想学", randomIdNumber(), null, village.getCode(), false));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        assertThat(say(openid, "想学开挖掘机").content()).contains("已记下您想学「挖掘机」").contains("开班会第一时间告诉您");
        TrainingDemand wish = demand.find(worker.getId(), "挖掘机");
        assertThat(wish).isNotNull();
        assertThat(wish.getSaid()).isEqualTo("想学开挖掘机");
        assertThat(demand.counts(RegionScope.of(county))).singleElement()
                .satisfies(c -> assertThat(c.byTownship()).containsEntry(township.getName(), 1));

        StaffAccount school = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "需求学校" + n,
                StaffRole.TRAINING_PROVIDER, county.getCode(), "Passw0rd!x", false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Course course = courses.create(new Actor("px", county.getPath(), null),
                TrainingViewer.institution(RegionScope.of(county), school.getId()), new CourseService.CourseDraft(
                        "挖掘机操作培训" + n, CourseKind.PRE_EMPLOYMENT, "挖掘机驾驶员", CertificateLevel.BASIC, null,
                        county.getCode(), "县实训基地", today.plusDays(5), today.plusDays(35), 20, true, "张师傅", "实操", null));
        String source = "training-demand:" + wish.getId() + ":" + course.getId();
        assertThat(outbox.ofSource(source)).extracting(Delivery::getBody).singleElement().asString()
                .contains("您之前想学「挖掘机」").contains(course.getTitle());
    }
}
