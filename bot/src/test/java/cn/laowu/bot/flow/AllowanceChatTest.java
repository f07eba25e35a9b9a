package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.PublicNotice;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.apache.commons.codec.digest.DigestUtils.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;

/** 补贴申领 and 我的补贴 in the chat: within and above the cap, not eligible, duplicate, evidence asked and supplied, an objection. */
class AllowanceChatTest extends PortalTestSupport {


    @Autowired
    RegionService regions;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceReview review;
    @Autowired
    cn.laowu.core.allowance.NoticeNumbers numbers;
    @Autowired
    PublicNotice publicNotice;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    DispatchService dispatch;
    @Autowired
    JdbcTemplate jdbc;

    private Region county;
    private Region village;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', n, "补贴");
        county = chain.county();
        village = chain.village();
        scope = RegionScope.of(county);
        clerk = new Actor("clerk", county.getPath(), null);
    }

    @Test
    void aFareSaidAsASumInWordsIsAddedUpAndConfirmed() {
        String openid = newOpenid();
        Worker worker = placedOutOfProvince(openid);
        say(openid, "补贴申领");
        assertThat(say(openid, "1").content()).contains("车票一共花了多少元");
        assertThat(say(openid, "火车票二百八加汽车票三十五").content())
                .contains("火车票280元 + 汽车票35元 = 315元,对吗");
        assertThat(say(openid, "2").content()).contains("一共多少元");
        say(openid, "火车票二百八加汽车票三十五");
        assertThat(say(openid, "对").content()).contains("劳动合同或用工协议");
        assertThat(image(openid, newMsgId()).content()).contains("收到第1张劳动合同或用工协议照片");
        say(openid, "好了");
        assertThat(image(openid, newMsgId()).content()).as("the first ticket is the first")
                .contains("收到第1张车票或路费票据照片");
        assertThat(say(openid, "好了").content()).contains("315元");
    }

    @Test
    void photosAreKeptOnArrivalSoTheClaimOutlivesWeChatsThreeDays() {
        String openid = newOpenid();
        Worker worker = claimingFare(openid, "260元");
        long contract = newMsgId();
        assertThat(image(openid, contract).content()).contains("收到第1张");
        say(openid, "好了");
        long ticket = newMsgId();
        image(openid, ticket);
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 260元");

        WECHAT.expireMedia("media-" + contract);
        WECHAT.expireMedia("media-" + ticket);
        long fetched = WECHAT.count("/media/get");
        assertThat(say(openid, "提交").content()).contains("已提交,申请编号");
        assertThat(WECHAT.count("/media/get")).as("nothing is fetched at claim time").isEqualTo(fetched);
        long id = claims.mine(worker.getId()).get(0).claim().getId();
        assertThat(jdbc.queryForList("SELECT content_hash FROM allowance_evidence WHERE claim_id = ? ORDER BY id",
                String.class, id)).containsExactly(sha256Hex("fake-jpeg:media-" + contract), sha256Hex("fake-jpeg:media-" + ticket));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_evidence WHERE openid = ? AND claim_id IS NULL",
                Integer.class, openid)).as("the kept rows are the claim's evidence, not copies").isZero();
    }

    @Test
    void aPlacedWorkerClaimsTheFareWithPhotosSeesTheAmountFirstAndCannotClaimTwice() throws Exception {
        String openid = newOpenid();
        Worker worker = placedOutOfProvince(openid);

        assertThat(say(openid, "补贴申领").content()).contains("1. 交通路费补助(实际车费,省外最多400元)")
                .contains("暂不能申领").contains("两后生生活补贴:您没有登记为两后生")
                .contains("培训生活补贴:参加岗前培训后,按出勤记录自动生成");
        assertThat(say(openid, "5").content()).contains("请回复 1");
        assertThat(say(openid, "1").content()).contains("车票一共花了多少元");
        assertThat(say(openid, "好多").content()).contains("写票据上的金额数字").contains("比如 260");
        assertThat(say(openid, "-500").content()).as("not read as 500").contains("比如 260");
        assertThat(say(openid, "1e9").content()).as("not read as 1 元").contains("比如 260");
        assertThat(say(openid, "0").content()).contains("1元到1万元");
        assertThat(say(openid, "260元").content()).contains("劳动合同或用工协议").contains("第1项,共2项");
        assertThat(say(openid, "嗯").content()).contains("请发劳动合同或用工协议的照片");
        assertThat(say(openid, "好了").content()).contains("还没收到劳动合同");
        long contract = newMsgId();
        assertThat(image(openid, contract).content()).contains("收到第1张");
        assertThat(say(openid, "好了").content()).contains("车票或路费票据").contains("第2项");
        image(openid, newMsgId());
        assertThat(image(openid, newMsgId()).content()).as("counted per kind: the second ticket")
                .contains("收到第2张车票或路费票据照片");
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 260元").contains("全额补260元")
                .contains("1. 提交申请");
        assertThat(claims.mine(worker.getId())).isEmpty();
        assertThat(say(openid, "提交").content()).contains("已提交,申请编号").contains("260元");

        List<AllowanceClaims.View> mine = claims.mine(worker.getId());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).claim().getAmountFen()).isEqualTo(26_000);
        assertThat(mine.get(0).claim().getCostFen()).isEqualTo(26_000);
        long id = mine.get(0).claim().getId();
        // The photos were fetched from WeChat's temporary media and kept, hashed.
        assertThat(WECHAT.callsTo("/media/get")).anyMatch(c -> ("media-" + contract).equals(c.query().get("media_id")));
        assertThat(jdbc.queryForList("SELECT content_hash FROM allowance_evidence WHERE claim_id = ? AND kind = 'CONTRACT'",
                String.class, id)).containsExactly(sha256Hex("fake-jpeg:media-" + contract));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_evidence WHERE claim_id = ?", Integer.class, id))
                .isEqualTo(3);

        assertThat(say(openid, "补贴申领").content()).doesNotContain("1. 交通路费补助")
                .contains("这次输出的交通路费补助已经申请过了,目前「待乡镇初审」");
        assertThat(say(openid, "我的补贴").content()).contains("交通路费补助 260元 · 待乡镇初审");
    }

    @Test
    void aFareAboveTheCapIsPaidAtTheCapAndCancellingSubmitsNothing() {
        String openid = newOpenid();
        Worker worker = registered(openid, true);
        placed(worker, WorkArea.IN_PROVINCE);
        say(openid, "补贴申领");
        assertThat(say(openid, "1").content()).contains("车票一共花了多少元");
        say(openid, "520");
        image(openid, newMsgId());
        say(openid, "好了");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 200元").contains("超过省内最多200元,按200元补");
        assertThat(say(openid, "2").content()).contains("没有提交");
        assertThat(claims.mine(worker.getId())).isEmpty();
        say(openid, "补贴申领");
        say(openid, "1");
        say(openid, "520");
        image(openid, newMsgId());
        assertThat(say(openid, "取消").content()).contains("已退出");
        assertThat(claims.mine(worker.getId())).isEmpty();
    }

    @Test
    void aPhotoWeChatCannotHandBackIsAskedForAgainAndNotCounted() {
        String openid = newOpenid();
        Worker worker = claimingFare(openid, "300");
        long gone = newMsgId();
        WECHAT.expireMedia("media-" + gone);
        assertThat(image(openid, gone).content()).as("expired before it could be fetched").contains("请重新发一次");
        WECHAT.failNext("/media/get", 40007, 1);
        assertThat(image(openid, newMsgId()).content()).as("refused by WeChat").contains("请重新发一次");
        assertThat(say(openid, "好了").content()).contains("还没收到劳动合同");
        assertThat(image(openid, newMsgId()).content()).contains("收到第1张");
        say(openid, "好了");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 300元");
        assertThat(claims.mine(worker.getId())).isEmpty();
        assertThat(say(openid, "1").content()).contains("已提交");
        long id = claims.mine(worker.getId()).get(0).claim().getId();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_evidence WHERE claim_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void someoneNotEligibleIsToldWhyAndAnUnregisteredPersonGetsThePolicy() {
        String openid = newOpenid();
        Worker worker = registered(openid, false);
        placed(worker, WorkArea.OUT_OF_PROVINCE);
        assertThat(say(openid, "补贴申领").content()).contains("现在没有可以申领的补贴")
                .contains("交通路费补助:您还不是建档立卡户").doesNotContain("回复序号");
        assertThat(say(openid, "1").content()).contains("现在没有可以申领的补贴");

        String stranger = newOpenid();
        assertThat(say(stranger, "路费补贴怎么领").content()).contains("交通路费补助").contains("实名登记");
        assertThat(say(stranger, "我的补贴").content()).contains("还没有实名登记");
    }

    @Test
    void missingEvidenceIsAskedForAndSuppliedInChatThenAnObjectionDuringNoticeGoesBackToTheCounty() {
        String openid = newOpenid();
        Worker worker = placedOutOfProvince(openid);
        say(openid, "菜单");
        long policyId = claims.options(worker.getId()).stream().filter(o -> o.policy().getCode().equals("TRANSPORT"))
                .findFirst().orElseThrow().policy().getId();
        long id = claims.submit(worker.getId(), policyId, 30_000L, List.of(
                new cn.laowu.core.allowance.Photo(cn.laowu.core.allowance.EvidenceKind.CONTRACT, "image/jpeg", new byte[]{1}),
                new cn.laowu.core.allowance.Photo(cn.laowu.core.allowance.EvidenceKind.TICKET, "image/jpeg", new byte[]{2})))
                .getId();
        review.askEvidence(clerk, scope, id, "车票看不清,请重拍");
        WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid)
                && call.body().contains("车票看不清"), Duration.ofSeconds(10)).orElseThrow(
                () -> new AssertionError("the worker was not asked for evidence"));

        assertThat(say(openid, "补贴申领").content()).contains("需要补充材料:车票看不清,请重拍").contains("回复 补交");
        assertThat(say(openid, "补交").content()).contains("请把要补充的照片发过来");
        assertThat(say(openid, "好了").content()).contains("还没收到照片");
        image(openid, newMsgId());
        assertThat(say(openid, "好了").content()).contains("补充材料收到了");
        assertThat(review.get(scope, id).claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(review.get(scope, id).evidence()).hasSize(3);

        review.townshipApprove(new Actor("township", county.getPath(), null), scope, id);
        review.countyApprove(clerk, scope, id);
        assertThat(say(openid, "我的补贴").content()).contains("公示中(公示到");

        String neighbour = newOpenid();
        say(neighbour, "补贴申领");
        assertThat(say(neighbour, "异议").content()).contains("编号");
        say(neighbour, "999999999");
        assertThat(say(neighbour, "此人并未外出务工").content()).contains("公示名单上没有这个编号");
        say(neighbour, "补贴申领");
        say(neighbour, "异议");
        // The number the 公示 list shows, not the claim's id.
        say(neighbour, numbers.of(id));
        assertThat(say(neighbour, "此人一直在家没有外出").content()).contains("已记下您的异议").contains("有异议,核查中");
        // Once per person per claim: the same follower again is refused, and nothing is added.
        say(neighbour, "补贴申领");
        say(neighbour, "异议");
        say(neighbour, numbers.of(id));
        assertThat(say(neighbour, "我再说一遍他没出去").content()).contains("已经对这一条提过异议");
        AllowanceReview.Item item = review.get(scope, id);
        assertThat(item.claim().getStatus()).isEqualTo(ClaimStatus.OBJECTED);
        assertThat(item.objections()).extracting(o -> o.getText() + "/" + o.getChannel() + "/" + o.getObjectorKind())
                .containsExactly("此人一直在家没有外出/CHAT/FOLLOWER");
        assertThat(publicNotice.rows(county.getCode())).filteredOn(r -> r.claimId() == id)
                .extracting(PublicNotice.Row::state).containsExactly("有异议,核查中");
    }

    /** A placed worker who has started the fare claim and said what the tickets cost. */
    private Worker claimingFare(String openid, String cost) {
        Worker worker = placedOutOfProvince(openid);
        say(openid, "补贴申领");
        say(openid, "1");
        assertThat(say(openid, cost).content()).contains("劳动合同或用工协议");
        return worker;
    }

    /** A 建档立卡 worker placed out of the province: the fare allowance is theirs to claim. */
    private Worker placedOutOfProvince(String openid) {
        Worker worker = registered(openid, true);
        placed(worker, WorkArea.OUT_OF_PROVINCE);
        return worker;
    }

    private Worker registered(String openid, boolean poverty) {
        Worker worker = workers.register(new NewWorker("向补贴", randomIdNumber(), null, village.getCode(), poverty));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }

    private void placed(Worker worker, WorkArea area) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("补贴测试厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "包装工", "物流", area, "浙江宁波", 450_000, 550_000, null, null, "五险", null, null,
                null, 5, false, null)).getId());
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
    }

}
