package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.Conclusion;
import cn.laowu.core.complaint.HelpDesk;
import cn.laowu.core.complaint.HelpMessage;
import cn.laowu.core.complaint.HelpThread;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 投诉维权 in chat: filing with what the first sentence said, photos, 我的投诉, answers back, rating. */
class ComplaintChatTest extends PortalTestSupport {


    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    ComplaintQueue caseQueue;
    @Autowired
    ComplaintOffice officeWork;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HelpDesk desk;

    private Region county;
    private Region township;
    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        regions.create(p, "投诉州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "投诉县" + n, p, 0);
        township = regions.create(county.getCode() + "101", "投诉镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "投诉村" + n, township.getCode(), 0);
    }

    @Test
    void aWageComplaintTakesWhatTheFirstSentenceSaidKeepsPhotosAndGivesACaseNumber() {
        String openid = newOpenid();
        long worker = registered(openid);
        List<String> asked = new ArrayList<>();
        String first = say(openid, "东莞的电子厂老板欠我3个月工资一共12000元").content();
        asked.add(first);
        assertThat(first).contains("每件投诉都有档案");

        String reply = answerUntilSummary(openid, first, asked, Map.of("哪个老板", "宏达电子厂", "在哪里干活", "广东东莞",
                "什么时候", "去年10月", "欠您多少钱", "12000", "几个人", "2", "发生了什么", "老板跑了,电话不接"), true);
        String all = String.join("\n", asked);
        assertThat(all).as("the first sentence said the amount").doesNotContain("一共欠您多少钱");
        assertThat(all).as("and that it is about wages").doesNotContain("您要反映什么问题");
        assertThat(reply).contains("请核对").contains("拖欠工资").contains("12000元").contains("照片:2张");

        regions.setOfficePhone(county.getCode(), "0743-8220001");
        String done = say(openid, "1").content();
        assertThat(done).contains("投诉已提交,单号 T").contains("3个工作日内会有工作人员联系您");
        assertThat(done).as("every filing reply gives the office's phone (the county's, the township has none)")
                .contains("办理单位:" + county.getName() + "人社局 0743-8220001");
        Complaint c = filing.mine(new ComplaintFiling.Complainant(APPID, openid, worker)).get(0);
        assertThat(done).contains(c.getCaseNo());
        assertThat(c.getOwnerRegionCode()).isEqualTo(township.getCode());
        assertThat(c.getAmountFen()).isEqualTo(1_200_000L);
        List<byte[]> photos = jdbc.queryForList("SELECT data FROM complaint_attachment WHERE complaint_id = ? ORDER BY id",
                byte[].class, c.getId());
        assertThat(photos).hasSize(2);
        assertThat(new String(photos.get(0))).startsWith("fake-jpeg:media-");

        // The office answers: the worker gets it as a customer-service message (they wrote just now).
        RegionScope scope = RegionScope.of(township);
        Actor clerk = new Actor("clerk", township.getPath(), null);
        officeWork.answer(clerk, scope, c.getId(), "已联系宏达电子厂,约好下周一发工资");
        awaitMessage(openid, "约好下周一发工资");

        // 我的投诉 shows the state and the latest answer; the worker adds information and a photo.
        assertThat(say(openid, "我的投诉").content()).contains(c.getCaseNo()).contains("处理中");
        assertThat(say(openid, "1").content()).contains("最新答复:已联系宏达电子厂").contains("1 补充情况");
        assertThat(say(openid, "1").content()).contains("请写下要补充的情况");
        say(openid, "老板又说要下个月才发");
        assertThat(image(openid).content()).contains("收到照片");
        assertThat(say(openid, "好了").content()).contains("已补充到投诉 " + c.getCaseNo());
        assertThat(caseQueue.history(scope, c.getId())).anyMatch(h -> "老板又说要下个月才发".equals(h.getText())
                || h.getText() != null && h.getText().startsWith("老板又说要下个月才发"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_attachment WHERE complaint_id = ?", Long.class,
                c.getId())).isEqualTo(3);
    }

    @Test
    void waitingForMoreStopsTheClockAndUnsatisfiedReopensOneLevelUp() {
        String openid = newOpenid();
        long worker = registered(openid);
        Complaint c = filing.file(new ComplaintFiling.Complainant(APPID, openid, worker),
                new ComplaintFiling.NewComplaint(cn.laowu.core.complaint.ComplaintKind.WAGE, null, null, "某工地", "浙江宁波",
                        null, 5000L, 1, "没发工资", List.of(), null)).complaint();
        RegionScope scope = RegionScope.of(township);
        Actor clerk = new Actor("clerk", township.getPath(), null);
        officeWork.answer(clerk, scope, c.getId(), "收到,正在联系老板");

        // From the menu, a worker with a case in hand is shown the way to it before a new one is begun.
        say(openid, "菜单");
        assertThat(say(openid, "3").content()).contains("您有1件投诉还在办").contains("1. 查看我的投诉")
                .contains("2. 投诉新的事");
        assertThat(say(openid, "1").content()).as("the case, not a new complaint").contains(c.getCaseNo());
        say(openid, "菜单");
        assertThat(say(openid, "3").content()).contains("1. 查看我的投诉");
        assertThat(say(openid, "2").content()).contains("您要反映什么问题");
        say(openid, "取消");

        // 待补充: the worker is asked, the clock stops, their answer starts it again.
        officeWork.requestInfo(clerk, scope, c.getId(), "请发一张工地考勤表的照片");
        awaitMessage(openid, "请发一张工地考勤表的照片");
        say(openid, "我的投诉");
        assertThat(say(openid, "1").content()).contains("待补充").contains("期限暂停");
        say(openid, "1");
        image(openid);
        say(openid, "好了");
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(caseQueue.get(c.getId()).getDueAt()).isNotNull();
        say(openid, "菜单");

        // Concluded: asked 满意/不满意; 不满意 reopens it and sends it up to the county.
        officeWork.conclude(clerk, scope, c.getId(), new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED,
                "老板付了一半", 6000L, 3));
        awaitMessage(openid, "已追回");
        say(openid, "我的投诉");
        assertThat(say(openid, "1").content()).contains("已办结").contains("2. 不满意");
        assertThat(say(openid, "不满意 还有4000没给").content()).contains("已重新打开").contains("「还有4000没给」已记下");
        assertThat(caseQueue.history(RegionScope.of(county), c.getId())).anyMatch(h -> "不满意:还有4000没给".equals(h.getText()));
        Complaint reopened = caseQueue.get(c.getId());
        assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(reopened.getOwnerRegionCode()).isEqualTo(county.getCode());
    }

    @Test
    void anInjuryIsUrgentAndTheFirstReplyGivesTheHotlines() {
        String openid = newOpenid();
        registered(openid);
        String first = say(openid, "我在工地干活手被压伤了老板不管").content();
        assertThat(first).contains("12333").contains("120").contains("优先处理");
        String summary = answerUntilSummary(openid, first, new ArrayList<>(), Map.of("哪个老板", "跳过", "在哪里干活", "跳过",
                "什么时候", "昨天", "发生了什么", "跳过"), false);
        assertThat(summary).contains("工伤");
        String done = say(openid, "1").content();
        assertThat(done).contains("单号").contains("紧急").contains("12333");
    }

    @Test
    void genericEmployerWordsAreNotNamesAndTheFirstSentenceGivesThePeopleAndTheFee() {
        String openid = newOpenid();
        long worker = registered(openid);
        String first = say(openid, "包工头跑路了 欠我们十几个人的工资").content();
        assertThat(first).as("ten-plus workers and the boss gone").contains("优先处理").contains("12333");
        assertThat(first).as("包工头 is no name").contains("是哪个老板或单位,叫什么名字");
        String again = say(openid, "包工头").content();
        assertThat(again).contains("「包工头」还不够").contains("叫什么名字");
        List<String> asked = new ArrayList<>();
        String summary = answerUntilSummary(openid, say(openid, "包工头王老五").content(), asked, Map.of("在哪里干活", "广东东莞",
                "什么时候", "去年10月", "欠您多少钱", "80000", "发生了什么", "跳过"), false);
        assertThat(String.join("\n", asked)).as("the first sentence said how many").doesNotContain("一起被欠工资的有几个人");
        assertThat(summary).contains("单位:包工头王老五").contains("人数:10");
        say(openid, "1");
        Complaint c = filing.mine(new ComplaintFiling.Complainant(APPID, openid, worker)).get(0);
        assertThat(c.getUrgent()).isTrue();
        assertThat(c.getUrgentReason()).contains("老板跑路");
        assertThat(c.getWorkersAffected()).isEqualTo(10);
        assertThat(c.getEmployerName()).isEqualTo("包工头王老五");

        String other = newOpenid();
        registered(other);
        String fee = say(other, "中介收了我两千块钱介绍费说介绍进厂子结果没有活").content();
        assertThat(fee).contains("是哪个中介,叫什么名字");
        String summaryFee = answerUntilSummary(other, say(other, "跳过").content(), new ArrayList<>(), Map.of(
                "在哪里干活", "跳过", "什么时候", "上个月", "发生了什么", "跳过", "收了您多少钱", "2000"), false);
        assertThat(summaryFee).contains("中介欺诈").contains("中介费:2000元").doesNotContain("欠款").doesNotContain("单位:厂子");
    }

    @Test
    void anUnregisteredWorkerFilesWithNameAndPhoneAndBadAnswersAreAskedAgain() {
        String openid = newOpenid();
        String first = say(openid, "老板不发工资").content();
        assertThat(first).contains("还没有实名登记").contains("姓名");
        assertThat(say(openid, "").content()).contains("姓名");
        say(openid, "张三");
        assertThat(say(openid, "12345").content()).contains("11位数字");
        assertThat(say(openid, "13800138000").content()).contains("哪个乡镇");
        assertThat(say(openid, "火星镇").content()).contains("没有找到「火星镇」");
        say(openid, township.getName());
        List<String> asked = new ArrayList<>();
        String summary = answerUntilSummary(openid, "哪个老板", asked, Map.of("哪个老板", "跳过", "在哪里干活", "浙江宁波",
                "什么时候", "两个月了", "欠您多少钱", "好多", "几个人", "1", "发生了什么", "跳过"), false);
        assertThat(String.join("\n", asked)).as("an amount that is no number is asked again").contains("没看懂金额");
        assertThat(summary).contains("户口:" + township.getName()).contains("张三").contains("138****8000").doesNotContain("13800138000");
        assertThat(say(openid, "2").content()).contains("请回复 1 提交");
        String done = say(openid, "1").content();
        assertThat(done).contains("单号").contains("回复 登记");
        Complaint c = filing.mine(new ComplaintFiling.Complainant(APPID, openid, null)).get(0);
        assertThat(c.getWorkerId()).isNull();
        assertThat(c.getComplainantName()).isEqualTo("张三");
        assertThat(c.getOwnerRegionCode()).isEqualTo(township.getCode());
        assertThat(say(openid, "我的投诉").content()).contains(c.getCaseNo()).contains("新提交");

        // Not registered, told all the same: through the follower they wrote from.
        RegionScope scope = RegionScope.of(township);
        Actor clerk = new Actor("clerk", township.getPath(), null);
        officeWork.answer(clerk, scope, c.getId(), "已联系宁波那边的劳动监察");
        awaitMessage(openid, "已受理");
        awaitMessage(openid, "已联系宁波那边的劳动监察");
        officeWork.conclude(clerk, scope, c.getId(), new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED,
                "老板已付清", 3000L, 1));
        awaitMessage(openid, "已追回");
        assertThat(jdbc.queryForList("SELECT worker_id FROM delivery WHERE source LIKE ? AND openid = ?", Long.class,
                "complaint:" + c.getId() + ":%", openid)).hasSize(3).containsOnlyNulls();
    }

    @Test
    void askingForAPersonReachesTheTownshipInboxAndTheClerksReplyComesBack() {
        String openid = newOpenid();
        registered(openid);
        assertThat(say(openid, "人工").content()).contains("工作人员");
        assertThat(say(openid, "我想问工伤怎么认定").content()).contains("已转给工作人员");
        RegionScope scope = RegionScope.of(township);
        HelpThread thread = desk.inbox(scope).stream().filter(t -> t.getOpenid().equals(openid)).findFirst().orElseThrow();
        assertThat(thread.getWaiting()).isTrue();
        assertThat(desk.inbox(RegionScope.of(county)).stream().anyMatch(t -> t.getOpenid().equals(openid))).isTrue();
        assertThat(desk.messages(scope, thread.getId())).extracting(HelpMessage::getText).containsExactly("我想问工伤怎么认定");
        desk.reply(new Actor("clerk", township.getPath(), null), scope, thread.getId(), "带上诊断证明来镇上,我帮您填表");
        awaitMessage(openid, "带上诊断证明来镇上");
        assertThat(say(openid, "结束").content()).doesNotContain("带上诊断证明");
    }

    @Test
    void anUnregisteredComplainantAskingForAPersonIsNotAskedTheirTownshipAgain() {
        String openid = newOpenid();
        say(openid, "你好");
        Complaint c = filing.file(new ComplaintFiling.Complainant(APPID, openid, null),
                new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, "李四", "13800138001", "宁波某厂", "浙江宁波", "上个月",
                        2000L, 1, "没发工资", List.of(), village.getCode())).complaint();
        String reply = say(openid, "人工").content();
        assertThat(reply).doesNotContain("哪个乡镇").contains("请直接说您的事");
        say(openid, "我的投诉怎么样了");
        HelpThread thread = desk.inbox(RegionScope.of(township)).stream().filter(t -> t.getOpenid().equals(openid))
                .findFirst().orElseThrow();
        assertThat(thread.getDisplayName()).isEqualTo("李四");
        assertThat(c.getOriginRegionPath()).startsWith(township.getPath());
    }

    @Test
    void anUnregisteredPersonIsSentTheClerksReplyToo() {
        String openid = newOpenid();
        assertThat(say(openid, "找工作人员").content()).contains("哪个乡镇");
        assertThat(say(openid, village.getName()).content()).contains("请直接说您的事");
        say(openid, "我没登记能问问题吗");
        RegionScope scope = RegionScope.of(township);
        HelpThread thread = desk.inbox(scope).stream().filter(t -> t.getOpenid().equals(openid)).findFirst().orElseThrow();
        assertThat(desk.reachable(thread)).isTrue();
        desk.reply(new Actor("clerk", township.getPath(), null), scope, thread.getId(), "可以,请说");
        awaitMessage(openid, "工作人员回复:可以,请说");
        // Pushed once: not handed over again when they write.
        assertThat(say(openid, "还在吗").content()).doesNotContain("可以,请说");
    }

    /** Answers each question by the words it contains, until the summary to confirm comes. */
    private String answerUntilSummary(String openid, String reply, List<String> asked, Map<String, String> answers,
                                      boolean photos) {
        Map<String, String> byWords = new LinkedHashMap<>(answers);
        for (int turn = 0; turn < 15; turn++) {
            if (reply.contains("请核对")) {
                return reply;
            }
            if (reply.contains("发照片过来")) {
                if (photos) {
                    assertThat(image(openid).content()).contains("收到第1张照片");
                    assertThat(image(openid).content()).contains("收到第2张照片");
                }
                reply = say(openid, photos ? "好了" : "跳过").content();
                asked.add(reply);
                continue;
            }
            String current = reply;
            String answer = byWords.entrySet().stream().filter(e -> current.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("unexpected question: " + current));
            if (answer.equals("好多")) {
                byWords.put("欠您多少钱", "3000");
            }
            reply = say(openid, answer).content();
            asked.add(reply);
        }
        throw new AssertionError("never reached the summary: " + reply);
    }

    /** A photo sent, fetched at once, and then gone from WeChat (as after its 3 days): the case keeps the stored copy. */
    private CallbackClient.Response image(String openid) {
        long before = WECHAT.callsTo("/cgi-bin/media/get").size();
        long msgId = newMsgId();
        CallbackClient.Response response = image(openid, msgId);
        assertThat(WECHAT.callsTo("/cgi-bin/media/get").size()).as("fetched from WeChat at once").isGreaterThan((int) before);
        WECHAT.expireMedia("media-" + msgId);
        return response;
    }

    private void awaitMessage(String openid, String words) {
        RecordedCall call = WECHAT.awaitCall(c -> (c.path().endsWith("/message/custom/send")
                        || c.path().endsWith("/message/template/send")) && c.body().contains(openid) && c.body().contains(words),
                Duration.ofSeconds(10)).orElse(null);
        assertThat(call).as("the worker was told: " + words).isNotNull();
    }

    private long registered(String openid) {
        long id = workers.register(new NewWorker("龙维权", randomIdNumber(),
                "13900002222", village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, id);
        return id;
    }
}
