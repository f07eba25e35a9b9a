package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outpost.CoHandledCases;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostJobs;
import cn.laowu.core.outpost.OutpostNotices;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostScope;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.outpost.Workplace;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the work is, in chat: the worker's place from words and from a location, and the 东莞 centre named. */
class OutpostChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    OutpostService outposts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    CoHandledCases cases;
    @Autowired
    OutpostJobs outpostJobs;
    @Autowired
    JobService jobs;
    @Autowired
    OutpostNotices outpostNotices;
    @Autowired
    BroadcastService broadcasts;
    @Autowired
    Outbox outbox;

    private Region prefecture;
    private Region village;
    private Outpost dongguan;
    private Actor admin;

    @BeforeEach
    void anOutpostInDongguan() {
        int n = nextRegionNumber();
        String p = String.format("4%03d00", n);
        prefecture = regions.create(p, "驻外州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "驻外县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "驻外镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "驻外村" + n, township.getCode(), 0);
        admin = new Actor("admin", prefecture.getPath(), null);
        dongguan = outposts.create(admin, RegionScope.of(prefecture), new NewOutpost("驻东莞劳务服务中心",
                prefecture.getCode(), "长安镇长青路1号", "0769-85390001", "周一至周六 9:00-18:00", 22.80, 113.80, null,
                List.of("441900")));
    }

    @AfterEach
    void closeIt() {
        outposts.close(admin, RegionScope.of(prefecture), dongguan.id());
    }

    @Test
    void sayingWhereIWorkNowUpdatesThePlaceAndNamesTheCentreThere() {
        String openid = newOpenid();
        long worker = registered(openid);
        String reply = say(openid, "我现在在东莞长安").content();
        assertThat(reply).contains("记下了:您现在在东莞市长安镇").contains("驻东莞劳务服务中心").contains("0769-85390001");
        Workplace now = workplaces.current(worker).orElseThrow();
        assertThat(now.divisionCode()).isEqualTo("441900119");
        assertThat(now.source()).isEqualTo(WorkplaceSource.CHAT);

        // A place we do not know is asked again, and nothing changes.
        assertThat(say(openid, "我换地方了").content()).contains("您现在在哪里务工");
        assertThat(say(openid, "火星基地").content()).contains("没认出这个地方");
        assertThat(say(openid, "宁波北仑").content()).contains("记下了:您现在在宁波市北仑区").doesNotContain("驻东莞");
        assertThat(workplaces.history(worker)).extracting(Workplace::divisionCode).containsExactly("330206", "441900119");
    }

    @Test
    void aLocationInDongguanGetsTheCentreFirstWithTheJobsItCollectedThereOnceVetted() {
        String openid = newOpenid();
        long worker = registered(openid);
        var head = outposts.addMember(admin, StaffRole.PREFECTURE_ADMIN, RegionScope.of(prefecture), dongguan.id(),
                new OutpostService.NewMember("dg" + Math.abs(openid.hashCode()), "驻外站长", OutpostRole.HEAD, null, null, null));
        OutpostScope scope = outposts.scopeOf(head.account().getId()).orElseThrow();
        Job job = outpostJobs.collect(new Actor(scope.username(), prefecture.getPath(), null), scope,
                new OutpostJobs.Collected("长安某模具厂", "东莞长安", "0769-1", "模具学徒", "制造", "东莞长安", 4500, 6000,
                        "包住", 5));

        String reply = location(openid);
        assertThat(reply).startsWith("当地驻外服务中心:驻东莞劳务服务中心 1.5公里").contains("电话0769-85390001")
                .contains("周一至周六 9:00-18:00").contains("长安镇长青路1号")
                .as("not vetted by the 州 yet").doesNotContain("模具学徒");
        assertThat(workplaces.current(worker)).map(Workplace::source).contains(WorkplaceSource.LOCATION);

        RegionScope office = RegionScope.of(prefecture);
        jobs.vet(admin, office, job.getEmployerId(), "电话核实");
        jobs.publish(admin, office, job.getId());
        reply = location(openid);
        assertThat(reply).contains("当地岗位:\n1. 模具学徒 4500-6000元").contains("回复序号看岗位详情");
        assertThat(say(openid, "1").content()).contains("【模具学徒】").contains("长安某模具厂");
    }

    @Test
    void aWorkerInDongguanAskingForWorkNearbySeesTheJobsInDongguanFirst() {
        RegionScope office = RegionScope.of(prefecture);
        var employer = jobs.vet(admin, office, jobs.createEmployer(admin, office,
                new JobService.NewEmployer("长安某电子厂" + prefecture.getCode(), "东莞长安", null, null)).getId(), "已考察");
        Job there = published(office, employer.getId(), "东莞线长" + prefecture.getCode(), "广东东莞长安镇");
        Job home = published(office, employer.getId(), "吉首保洁" + prefecture.getCode(), "湖南吉首");

        String elsewhere = newOpenid();
        registered(elsewhere);
        assertThat(firstLine(say(elsewhere, "找工作").content())).as("newest first without a current city")
                .contains(home.getTitle());

        String openid = newOpenid();
        long worker = registered(openid);
        workplaces.recordText(worker, "东莞长安", null, WorkplaceSource.CHAT);
        for (String ask : List.of("附近有什么活", "找工作", "这边有活吗")) {
            String reply = say(openid, ask).content();
            say(openid, "取消");
            // Other tests' 东莞 jobs in the shared database may fill the page: only the order is asserted.
            assertThat(reply).as(ask).contains("东莞的排在前面");
            assertThat(firstLine(reply)).as(ask).contains(there.getTitle());
            List<String> places = reply.lines().filter(l -> l.matches("^\\d+\\. .*")).toList();
            int lastDongguan = 0;
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).contains("东莞")) {
                    lastDongguan = i;
                }
            }
            assertThat(places.subList(0, lastDongguan + 1)).as(ask + ": 东莞 jobs before the rest")
                    .allMatch(l -> l.contains("东莞"));
        }
    }

    @Test
    void anOutpostJobNoticeReachesOnlyTheWorkersWorkingInItsAreaNow() {
        RegionScope office = RegionScope.of(prefecture);
        var employer = jobs.vet(admin, office, jobs.createEmployer(admin, office,
                new JobService.NewEmployer("虎门某服装厂" + prefecture.getCode(), "东莞虎门", null, null)).getId(), "已考察");
        Job job = published(office, employer.getId(), "车位工" + prefecture.getCode(), "东莞虎门");
        var head = outposts.addMember(admin, StaffRole.PREFECTURE_ADMIN, office, dongguan.id(),
                new OutpostService.NewMember("dgn" + prefecture.getCode(), "驻外站长", OutpostRole.HEAD, null, null, null));
        OutpostScope scope = outposts.scopeOf(head.account().getId()).orElseThrow();

        String there = newOpenid();
        long thereId = registered(there);
        workplaces.recordText(thereId, "东莞长安", "长安某厂", WorkplaceSource.CHAT);
        // 已上岗 there: left out of job notices from home, but the outpost's 转岗换岗 notice is for them.
        workers.recordPlacement(thereId, "东莞长安", "长安某厂", "普工", null);
        String left = newOpenid();
        long leftId = registered(left);
        workplaces.recordText(leftId, "东莞虎门", null, WorkplaceSource.CHAT);
        workplaces.recordText(leftId, "宁波北仑", null, WorkplaceSource.CHAT);
        String atHome = newOpenid();
        registered(atHome);
        for (String openid : List.of(there, left, atHome)) {
            say(openid, "菜单");
        }

        Actor staffActor = new Actor(scope.username(), prefecture.getPath(), null);
        assertThat(outpostNotices.preview(scope, "虎门本地岗位", List.of(job.getId())).audienceSize()).isEqualTo(1);
        Broadcast b = outpostNotices.send(staffActor, scope, "虎门本地岗位", List.of(job.getId()));
        assertThat(b.getOwnerRegionPath()).as("a broadcast of the office that runs the outpost").isEqualTo(prefecture.getPath());
        broadcasts.queueDue();
        RecordedCall told = WECHAT.awaitCall(call -> call.path().endsWith("/message/custom/send")
                && call.body().contains(there) && call.body().contains("车位工"), Duration.ofSeconds(15)).orElse(null);
        assertThat(told).as("the worker in 东莞 now got it").isNotNull();
        assertThat(outbox.ofSource(b.source())).extracting(d -> d.getOpenid()).containsExactly(there);
        assertThat(WECHAT.calls()).filteredOn(call -> call.body().contains("虎门本地岗位"))
                .noneMatch(call -> call.body().contains(left) || call.body().contains(atHome));
    }

    private Job published(RegionScope office, long employerId, String title, String place) {
        Job job = jobs.createJob(admin, office, new JobService.JobDraft(employerId, title, "电子", WorkArea.OUT_OF_PROVINCE,
                place, 450_000, 600_000, null, null, null, null, null, null, 5, false, null));
        return jobs.publish(admin, office, job.getId());
    }

    private static String firstLine(String reply) {
        return reply.lines().filter(l -> l.matches("^\\d+\\. .*")).findFirst().orElse("");
    }

    private String location(String openid) {
        return client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), 22.81, 113.81, "东莞长安"), false)
                .content();
    }

    @Test
    void aComplaintPlacedInDongguanTellsTheWorkerTheCentreIsOnItTooWithItsPhone() {
        String openid = newOpenid();
        long worker = registered(openid);
        String reply = say(openid, "投诉").content();
        for (int turn = 0; turn < 15 && !reply.contains("请核对"); turn++) {
            reply = say(openid, answerTo(reply)).content();
        }
        assertThat(reply).contains("请核对");
        assertThat(say(openid, "1").content()).contains("投诉已提交");
        Complaint c = filing.mine(new ComplaintFiling.Complainant(APPID, openid, worker)).get(0);
        assertThat(cases.coHandlerOf(c.getId())).map(Outpost::id).contains(dongguan.id());
        RecordedCall told = WECHAT.awaitCall(call -> call.path().endsWith("/message/custom/send")
                && call.body().contains(openid) && call.body().contains("驻东莞劳务服务中心也会在当地帮您跟进"),
                Duration.ofSeconds(10)).orElse(null);
        assertThat(told).as("the worker was told of the centre").isNotNull();
        assertThat(told.body()).contains("0769-85390001").contains(c.getCaseNo());
        assertThat(workplaces.current(worker)).map(Workplace::divisionCode).contains("441900119");
    }

    private static String answerTo(String question) {
        if (question.contains("1 到 5") || question.contains("什么问题")) {
            return "1";
        }
        if (question.contains("哪个老板") || question.contains("单位")) {
            return "长安宏达电子厂";
        }
        if (question.contains("在哪里")) {
            return "东莞长安";
        }
        if (question.contains("什么时候")) {
            return "上个月";
        }
        if (question.contains("多少钱")) {
            return "5000";
        }
        if (question.contains("几个人")) {
            return "1";
        }
        if (question.contains("照片")) {
            return "跳过";
        }
        return "老板不发工资";
    }

    private long registered(String openid) {
        long id = workers.register(new NewWorker("龙在外", randomIdNumber(), "13900003333", village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, id);
        return id;
    }
}
