package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.NoticeOptIns;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.station.StationService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24 in chat: a new request said inside a job list, 我的投诉, 补贴申领 or in answer to a question
 * is asked about, never searched, repeated or saved; the slots of a first sentence are used and said.
 */
class NewRequestChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    StationService stations;
    @Autowired
    NoticeOptIns optIns;
    @Autowired
    StaffService staff;
    @Autowired
    CourseService courses;

    private Region county;
    private Region village;
    private int n;

    @BeforeEach
    void regions() {
        n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        regions.create(p, "新请求州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "新请求县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "新请求镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "新请求村" + n, township.getCode(), 0);
    }

    @Test
    void aNewRequestInsideAJobListIsAskedAboutNeverSearched() {
        String openid = newOpenid();
        assertThat(say(openid, "找工作").content()).doesNotContain("您是要");
        String asked = say(openid, "老板欠我工资三个月了").content();
        assertThat(asked).contains("您是要「投诉欠工资」吗").contains("回复 1 是,回复 2 继续刚才的")
                .doesNotContain("没有找到");
        // 2: back to the list; 1 would have opened the complaint with the sentence's months.
        assertThat(say(openid, "2").content()).contains("继续刚才的");
        assertThat(say(openid, "老板欠我工资三个月了").content()).contains("您是要「投诉欠工资」吗");
        assertThat(say(openid, "1").content()).doesNotContain("没有找到").contains("投诉");

        String other = newOpenid();
        say(other, "找工作");
        // A bare command goes straight there; a sentence meaning 退订 is asked about, then done.
        assertThat(say(other, "转人工").content()).contains("工作人员");
        say(other, "找工作");
        assertThat(say(other, "不想收消息了").content()).contains("您是要「岗位推送(退订/订阅)」吗");
        assertThat(say(other, "1").content()).contains("不再给您推送");
        assertThat(optIns.explicitlyRefused(APPID, other, NoticeOptIns.ALL)).isTrue();
    }

    @Test
    void aSentenceGivenAsANameIsAskedAboutAndNotSaved() {
        String openid = newOpenid();
        assertThat(say(openid, "老板欠我工资").content()).contains("姓名");
        assertThat(say(openid, "我想先找个活干").content()).contains("您是要「找工作」吗").contains("回复 2 继续投诉");
        assertThat(say(openid, "2").content()).contains("继续投诉").contains("姓名");
        assertThat(say(openid, "田大山").content()).doesNotContain("姓名").doesNotContain("您是要");
    }

    @Test
    void insideMyComplaintsAndAllowancesOtherRequestsAreHeard() {
        String openid = newOpenid();
        Worker worker = registered(openid, "13900003333");
        filing.file(new ComplaintFiling.Complainant(APPID, openid, worker.getId()),
                new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null, "某工地", "浙江宁波",
                        null, 5000L, 1, "没发工资", List.of(), null));
        assertThat(say(openid, "我的投诉").content()).contains("回复序号");
        assertThat(say(openid, "人工").content()).contains("工作人员").doesNotContain("请回复");
        say(openid, "我的投诉");
        assertThat(say(openid, "找工作").content()).contains("岗位").doesNotContain("请回复 1");
        say(openid, "我的投诉");
        // The list's own subject in a sentence shows it afresh, never "请回复上面的数字".
        assertThat(say(openid, "我想问下我那个欠薪的事什么时候能解决").content()).contains("回复序号")
                .doesNotContain("请回复 1 到");

        say(openid, "补贴申领");
        assertThat(say(openid, "找工作").content()).contains("岗位").doesNotContain("请回复 1");
        say(openid, "补贴申领");
        assertThat(say(openid, "我想问下我那个欠薪的事什么时候能解决").content()).contains("您是要「我的投诉进度」吗");
        assertThat(say(openid, "1").content()).contains("您的投诉").contains("拖欠工资");
    }

    /** The rest of issue 24's walk: a phone change inside a job list, a wage complaint inside the courses, 人工 in 补贴申领. */
    @Test
    void insideTheCoursesAJobListAndAllowancesOtherRequestsAreAskedAbout() {
        StaffAccount school = staff.bootstrap("nr" + UUID.randomUUID().toString().substring(0, 8), "新请求学校" + n,
                StaffRole.TRAINING_PROVIDER, county.getCode(), "Passw0rd!x", false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        courses.create(new Actor("px", county.getPath(), null), TrainingViewer.institution(RegionScope.of(county), school.getId()),
                new CourseService.CourseDraft("新请求电焊培训" + n, CourseKind.PRE_EMPLOYMENT, "焊工", CertificateLevel.BASIC, null,
                        county.getCode(), "县实训基地", today.plusDays(5), today.plusDays(35), 20, true, "张师傅", "实操", null));
        String openid = newOpenid();
        registered(openid, "13900006666");

        assertThat(say(openid, "培训报名").content()).contains("回复序号");
        assertThat(say(openid, "厂里欠我工资").content()).contains("您是要「投诉欠工资」吗")
                .doesNotContain("的培训课程").doesNotContain("近期开课");
        assertThat(say(openid, "1").content()).contains("投诉");

        say(openid, "菜单");
        say(openid, "找工作");
        assertThat(say(openid, "手机号换了").content()).contains("您是要「我的信息」吗").doesNotContain("没有找到");
        assertThat(say(openid, "1").content()).contains("请输入新的手机号");

        say(openid, "菜单");
        say(openid, "补贴申领");
        assertThat(say(openid, "人工").content()).contains("工作人员").doesNotContain("请回复");
    }

    @Test
    void aNewPhoneInTheFirstSentenceIsConfirmedThenSaved() {
        String openid = newOpenid();
        registered(openid, "13900004444");
        String asked = say(openid, "新号是13912345678 旧的不用了").content();
        assertThat(asked).contains("139****5678").contains("回复 1 是").doesNotContain("好的!");
        assertThat(say(openid, "1").content()).contains("改好了");
        assertThat(say(openid, "我的信息").content()).contains("139****5678");

        String other = newOpenid();
        registered(other, "13900005555");
        assertThat(say(other, "手机号换了").content()).contains("请输入新的手机号");
    }

    @Test
    void unsubscribingFrustrationAndTheFallback() {
        String openid = newOpenid();
        assertThat(say(openid, "天天发消息好烦 关掉").content()).contains("不再给您推送").doesNotContain("好的!我是");
        assertThat(optIns.explicitlyRefused(APPID, openid, NoticeOptIns.ALL)).isTrue();
        String td = newOpenid();
        assertThat(say(td, "TD").content()).contains("不再给您推送");

        String lost = newOpenid();
        String first = say(lost, "xqzw").content();
        assertThat(first).contains("没太明白").contains("回复 人工").contains("回复 退订");
        String second = say(lost, "zzkq").content();
        assertThat(second).contains("找工作人员").contains("回复 1");
        assertThat(say(lost, "1").content()).contains("工作人员");
    }

    @Test
    void jobSearchSaysWhatFoundNothingAndShowsTheNearest() {
        String tag = "茶" + n + "号";
        publish(tag + "采茶工", "浙江宁波", 450_000, 600_000);

        String openid = newOpenid();
        String reply = say(openid, "我会采茶 广东那边有活没").content();
        assertThat(reply).contains("没有广东的采茶岗位").contains(tag);

        String rich = newOpenid();
        assertThat(say(rich, "采茶的活 一个月八千以上的").content()).contains("没有采茶、月薪8000元以上的岗位").contains(tag);

        String fits = newOpenid();
        assertThat(say(fits, "浙江那边采茶的活五六千").content()).contains(tag).doesNotContain("没有");
    }

    @Test
    void theStationOfAPlaceSaidByName() {
        stations.create("新请求县" + n + "就业服务站", county.getCode(), "县城大道1号", "0743-1234567", "周一至周五",
                28.3, 109.7);
        String openid = newOpenid();
        String reply = say(openid, "新请求县" + n + "的服务站在哪里").content();
        assertThat(reply).contains("新请求县" + n + "就业服务站").contains("0743-1234567");
    }

    private Worker registered(String openid, String phone) {
        Worker worker = workers.register(new NewWorker("向新请", randomIdNumber(), phone, village.getCode(), false));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }

    private void publish(String title, String place, long minFen, long maxFen) {
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer(title + "有限公司", place, null, null)).getId(), "已考察");
        jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title, "农业",
                WorkArea.OUT_OF_PROVINCE, place, minFen, maxFen, null, null, null, null, null, null, 5, false, null)).getId());
    }
}
