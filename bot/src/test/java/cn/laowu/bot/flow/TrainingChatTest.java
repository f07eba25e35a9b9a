package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.SessionSchedule;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 培训 in chat: courses by trade words, sign-up (registered or not), 我的培训, cancel, waiting list, check-in. */
class TrainingChatTest extends PortalTestSupport {


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
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SessionSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;

    private Region village;
    private Actor clerk;
    private TrainingViewer institution;
    private String countyCode;
    private int n;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void region() {
        n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        Region prefecture = regions.create(p, "培训州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "培训县" + n, prefecture.getCode(), 0);
        Region township = regions.create(county.getCode() + "101", "培训镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "培训村" + n, township.getCode(), 0);
        countyCode = county.getCode();
        clerk = new Actor("clerk", county.getPath(), null);
        StaffAccount school = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "培训学校" + n,
                StaffRole.TRAINING_PROVIDER, county.getCode(), "Passw0rd!x", false);
        institution = TrainingViewer.institution(RegionScope.of(county), school.getId());
    }

    @Test
    void tradeWordsFindTheCourseAndAnUnregisteredWorkerIsSignedUpAfterRegistering() {
        Course welding = course("电焊工培训" + n, "电焊工", 10);
        Course housekeeping = course("家政服务培训" + n, "家政服务员", 10);
        String openid = newOpenid();

        String list = say(openid, "想学电焊").content();
        assertThat(list).contains(welding.getTitle()).contains("免费").contains("剩10个名额")
                .doesNotContain(housekeeping.getTitle());
        assertThat(say(openid, "报名").content()).contains("先回复序号");
        assertThat(say(openid, "9").content()).contains("这一页上的序号");
        assertThat(say(openid, "1").content()).contains("【" + welding.getTitle() + "】").contains("县职校实训楼")
                .contains("初级证书").contains("回复 报名");
        assertThat(say(openid, "报名").content()).contains("先实名登记");
        ChineseIdNumber id = randomIdNumber();
        for (String answer : List.of("龙学员", id.value(), "13700001111", village.getName(), "1", "1")) {
            say(openid, answer);
        }
        assertThat(say(openid, "0").content()).contains("报名成功").contains(welding.getTitle());
        Worker worker = workers.findByIdNumber(id.value()).orElseThrow();
        assertThat(enrolments.find(welding.getId(), worker.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);

        // A second sign-up for the same course changes nothing.
        say(openid, "培训 电焊");
        say(openid, "1");
        assertThat(say(openid, "报名").content()).contains("已经报名");
        assertThat(jdbc.queryForObject("SELECT enrolled FROM training_course WHERE id = ?", Integer.class, welding.getId()))
                .isEqualTo(1);
    }

    @Test
    void cancellingInMyTrainingPromotesTheWaitingWorkerWhoIsTold() {
        Course course = course("叉车司机培训" + n, "叉车司机", 1);
        String first = newOpenid();
        String second = newOpenid();
        registered(first);
        Worker waiting = registered(second);

        say(first, "学开叉车哪里报");
        say(first, "1");
        assertThat(say(first, "报名").content()).contains("报名成功");
        say(second, "学开叉车哪里报");
        assertThat(say(second, "1").content()).contains("已满,可报名候补");
        assertThat(say(second, "报名").content()).contains("候补");

        assertThat(say(first, "我的培训").content()).contains(course.getTitle()).contains("已报名");
        String detail = say(first, "1").content();
        assertThat(detail).contains("已出勤:0节").contains("退出报名");
        assertThat(say(first, "退出报名").content()).contains("已为您退出报名");
        assertThat(enrolments.find(course.getId(), waiting.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(WECHAT.awaitCall(c -> c.path().endsWith("/message/custom/send") && c.body().contains(second)
                && c.body().contains("转为正式报名"), Duration.ofSeconds(15))).isPresent();

        // After the start, the seat can no longer be given back from chat.
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
        say(second, "我的培训");
        assertThat(say(second, "1").content()).doesNotContain("退出报名");
        assertThat(say(second, "退出报名").content()).contains("不能在这里退出");
        assertThat(enrolments.find(course.getId(), waiting.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void checkInByCodeAndByScanRefusesWrongExpiredAndRepeatedOnesAndAnswersTheRollCall() {
        Course course = course("电工培训" + n, "电工", 5);
        String openid = newOpenid();
        Worker worker = registered(openid);
        enrolments.signUp(worker.getId(), course.getId(), "WECHAT");
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
        TrainingSession now = session(course, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        TrainingSession past = session(course, LocalDateTime.now(ZoneOffset.UTC).minusHours(4));
        String wrong = now.getCheckInCode().equals("000000") ? "000001" : "000000";
        wrong = wrong.equals(past.getCheckInCode()) ? "999999" : wrong;

        assertThat(say(openid, "签到 " + wrong).content()).contains("签到码不对");
        assertThat(say(openid, "签到 " + past.getCheckInCode()).content()).contains("签到已经截止");
        assertThat(say(openid, "签到").content()).contains("6位签到码");
        assertThat(say(openid, "明天再说").content()).contains("6位数字");
        assertThat(say(openid, now.getCheckInCode()).content()).contains("签到成功").contains(course.getTitle());
        assertThat(say(openid, "签到" + now.getCheckInCode()).content()).contains("已经签过到");
        assertThat(scan(openid, past.getQrToken()).content()).contains("签到已经截止");

        // A stranger scanning a photo of the code is refused; the roll call is answered by scan.
        String stranger = newOpenid();
        registered(stranger);
        assertThat(scan(stranger, now.getQrToken()).content()).contains("您没有报名");
        TrainingSession rollCall = attendance.openRollCall(clerk, institution, now.getId());
        assertThat(scan(openid, rollCall.getRollCallToken()).content()).contains("点名已确认");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_attendance WHERE session_id = ? AND present = 1",
                Integer.class, now.getId())).isEqualTo(2);
        // From the first check-in the trainee is 在训, and the course, its first session begun, 开课.
        assertThat(say(openid, "我的培训").content()).contains(course.getTitle()).contains("在训");
        assertThat(say(openid, "1").content()).contains("已出勤:1节,1天").contains("状态:在训(课程开课)");
    }

    @Test
    void signingUpForASecondFullTimeCourseAtTheSameTimeIsToldPlainlyAndAsked() {
        // Trades no other test searches for, so these courses stay out of their lists.
        Course welding = course("厨师全日制班" + n, "中式烹调师", 10);
        Course sewing = course("面点师全日制班" + n, "中式面点师", 10);
        SessionSchedule.Pattern days = new SessionSchedule.Pattern(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY), java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30), null);
        schedule.generate(clerk, institution, welding.getId(), days);
        schedule.generate(clerk, institution, sewing.getId(), days);
        String openid = newOpenid();
        Worker worker = registered(openid);
        enrolments.signUp(worker.getId(), welding.getId(), "WECHAT");

        say(openid, "想学面点");
        say(openid, "1");
        String warning = say(openid, "报名").content();
        assertThat(warning).contains("注意").contains(welding.getTitle()).contains("上课时间重叠")
                .contains("不能同时上").contains("仍要报名请回复 1").contains("不报了回复 2");
        assertThat(say(openid, "明天再说").content()).contains("仍要报名请回复 1");
        assertThat(say(openid, "2").content()).contains("没有报");
        assertThat(enrolments.find(sewing.getId(), worker.getId())).isNull();

        say(openid, "想学面点");
        say(openid, "1");
        assertThat(say(openid, "报名").content()).contains("上课时间重叠");
        assertThat(say(openid, "1").content()).contains("报名成功").contains(sewing.getTitle());
        assertThat(enrolments.find(sewing.getId(), worker.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    private CallbackClient.Response scan(String openid, String token) {
        return client().send(CallbackClient.event(ACCOUNT, openid, Instant.now().getEpochSecond(), "SCAN", "tc:" + token),
                false);
    }

    private Course course(String title, String occupation, int capacity) {
        return courses.create(clerk, institution, new CourseService.CourseDraft(title, CourseKind.PRE_EMPLOYMENT,
                occupation, CertificateLevel.BASIC, null, countyCode, "县职校实训楼", today.plusDays(3),
                today.plusDays(20), capacity, true, "王老师", "理论5天、实操10天", null));
    }

    private TrainingSession session(Course course, LocalDateTime startsUtc) {
        TrainingSession session = courses.addSession(clerk, institution, course.getId(), today.plusDays(3).atTime(9, 0),
                today.plusDays(3).atTime(11, 0), null);
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", startsUtc,
                startsUtc.plusHours(2), session.getId());
        return courses.sessions(course.getId()).stream().filter(s -> s.getId().equals(session.getId())).findFirst()
                .orElseThrow();
    }

    private Worker registered(String openid) {
        Worker worker = workers.register(new NewWorker("吴学员", randomIdNumber(), "13800002222", village.getCode(), false));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }

}
