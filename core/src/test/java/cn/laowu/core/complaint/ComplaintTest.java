package cn.laowu.core.complaint;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintFiling.NewComplaint;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Complaints against a calendar of their own (March 2031): Saturday 8 March is a 调休 working day
 * and 10-14 March a holiday week. Times are China time; stored times are UTC (8 hours earlier).
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ComplaintTest {

    private static final String APPID = "wxtest0000000001";
    /** Friday 7 March 2031, 10:00. */
    private static final LocalDateTime FILED = LocalDateTime.of(2031, 3, 7, 10, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    ComplaintEvidence evidence;
    @Autowired
    ComplaintQueue caseQueue;
    @Autowired
    ComplaintOffice officeWork;
    @Autowired
    ComplaintSweep sweep;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintDrafts drafts;

    private TestRegions.Chain chain;
    private TestRegions.Chain other;
    private String openid;
    private Complainant worker;

    @BeforeAll
    static void calendarOf2031(@Autowired JdbcTemplate jdbc) {
        String upsert = "INSERT INTO work_calendar (day, working, note, updated_by, updated_at) VALUES (?, ?, ?, 'test', NOW()) "
                + "ON DUPLICATE KEY UPDATE working = VALUES(working), note = VALUES(note)";
        jdbc.update(upsert, LocalDate.of(2031, 3, 8), true, "测试调休上班");
        for (int day = 10; day <= 14; day++) {
            jdbc.update(upsert, LocalDate.of(2031, 3, day), false, "测试假期");
        }
    }

    @BeforeEach
    void setUp() {
        calendar.forget();
        clock.setChina(FILED);
        chain = TestRegions.create(regions);
        other = TestRegions.create(regions);
        openid = "oc" + UUID.randomUUID().toString().substring(0, 12);
        worker = new Complainant(APPID, openid, registeredWorker(chain, openid));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCaseNobodyTouchesClimbsTownshipCountyPrefectureAtTheWorkingDayDeadlines() {
        Complaint c = filing.file(worker, wage("宏达电子厂", 3)).complaint();
        assertThat(c.getOwnerRegionCode()).as("the worker's home township").isEqualTo(chain.township().getCode());
        // 1 working day: the 调休 Saturday counts, so the day ends Saturday midnight (16:00 UTC).
        assertThat(c.getAcceptDue()).isEqualTo(LocalDateTime.of(2031, 3, 8, 16, 0));
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 8))).isTrue();

        at(2031, 3, 8, 23, 59);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).isEqualTo(chain.township().getCode());
        assertThat(types(c)).contains(HistoryType.WARNING);

        at(2031, 3, 9, 0, 1);
        sweep.sweep();
        Complaint county = caseQueue.get(c.getId());
        assertThat(county.getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        assertThat(county.getEscalations()).isEqualTo(1);
        assertThat(county.getAcceptLate()).isTrue();
        // The next working day after Sunday 9: the holiday week and the weekend pass, Monday 17 it is.
        assertThat(county.getDueAt()).isEqualTo(LocalDateTime.of(2031, 3, 17, 16, 0));

        at(2031, 3, 17, 23, 59);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).isEqualTo(chain.county().getCode());

        at(2031, 3, 18, 0, 1);
        sweep.sweep();
        Complaint prefecture = caseQueue.get(c.getId());
        assertThat(prefecture.getOwnerRegionCode()).isEqualTo(chain.prefecture().getCode());
        assertThat(prefecture.getDueAt()).isEqualTo(LocalDateTime.of(2031, 3, 19, 16, 0));

        at(2031, 3, 20, 0, 1);
        sweep.sweep();
        Complaint top = caseQueue.get(c.getId());
        assertThat(top.getOwnerRegionCode()).as("nothing above the 州").isEqualTo(chain.prefecture().getCode());
        assertThat(top.getEscalations()).isEqualTo(2);
        assertThat(top.getDueAt()).as("breached again, given the time again").isAfter(toUtc(2031, 3, 20, 0, 1));

        assertThat(types(c).stream().filter(t -> t == HistoryType.ESCALATION).count()).isEqualTo(3);
        List<String> told = jdbc.queryForList("SELECT body FROM delivery WHERE source LIKE ? ORDER BY id", String.class,
                "complaint:" + c.getId() + ":escalated:%");
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains(chain.county().getName());
        assertThat(told.get(1)).contains(chain.prefecture().getName());

        // Scope: the township where it started still sees it; another county's township never does.
        assertThat(caseQueue.get(RegionScope.of(chain.township()), c.getId())).isNotNull();
        assertThatThrownBy(() -> caseQueue.get(RegionScope.of(other.township()), c.getId())).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> officeWork.answer(clerk(other), RegionScope.of(other.county()), c.getId(), "我来答"))
                .isInstanceOf(NotFoundInScope.class);
    }

    @Test
    void anotherTownshipSeesACaseOnlyOnceItClimbsToALevelItsCountyOwns() {
        TestRegions.Chain sameCounty = chain;
        var townshipB = regions.create(sameCounty.county().getCode() + "102", "另一镇" + openid.substring(2, 6),
                sameCounty.county().getCode(), 1);
        Complaint c = filing.file(worker, wage("某厂", 1)).complaint();
        assertThatThrownBy(() -> caseQueue.get(RegionScope.of(townshipB), c.getId())).isInstanceOf(NotFoundInScope.class);
        assertThat(caseQueue.queue(RegionScope.of(sameCounty.county()), ComplaintQueue.Query.all(), 1, 100).getRecords())
                .extracting(Complaint::getId).contains(c.getId());
        assertThat(caseQueue.queue(RegionScope.of(townshipB), ComplaintQueue.Query.all(), 1, 100).getRecords())
                .extracting(Complaint::getId).doesNotContain(c.getId());
    }

    @Test
    void waitingForTheWorkerStopsTheClockAndTheirAnswerStartsItAgain() {
        Complaint c = filing.file(worker, wage("停表厂", 2)).complaint();
        RegionScope township = RegionScope.of(chain.township());
        officeWork.accept(clerk(chain), township, c.getId());
        // Answer due: 3 working days after Friday 7 = Sat 8, Mon 17, Tue 18: Tuesday midnight.
        assertThat(caseQueue.get(c.getId()).getDueAt()).isEqualTo(LocalDateTime.of(2031, 3, 18, 16, 0));
        assertThatThrownBy(() -> officeWork.requestInfo(clerk(chain), township, c.getId(), " "))
                .isInstanceOf(RuleViolation.class);
        officeWork.requestInfo(clerk(chain), township, c.getId(), "请发工资条照片");
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.NEEDS_INFO);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE source LIKE ?", Long.class,
                "complaint:" + c.getId() + ":info:%")).isEqualTo(1);

        at(2031, 3, 19, 9, 0);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).isEqualTo(chain.township().getCode());

        assertThatThrownBy(() -> filing.addInfo(worker, c.getId(), "  ", List.of())).isInstanceOf(RuleViolation.class);
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.NEEDS_INFO);
        filing.addInfo(worker, c.getId(), "工资条在老板手里,只有聊天记录", List.of());
        Complaint resumed = caseQueue.get(c.getId());
        assertThat(resumed.getStatus()).isEqualTo(ComplaintStatus.ACCEPTED);
        // Paused Friday 7 to Wednesday 19: Sat 8, Mon 17, Tue 18, Wed 19 = 4 working days more,
        // so the answer is due after Wed 19, Thu 20, Fri 21, Mon 24: Monday midnight.
        assertThat(resumed.getDueAt()).isEqualTo(LocalDateTime.of(2031, 3, 24, 16, 0));

        Complainant stranger = new Complainant(APPID, "ostranger" + openid, null);
        assertThatThrownBy(() -> filing.addInfo(stranger, c.getId(), "我也补充", List.of()))
                .isInstanceOf(NotFoundInScope.class);
    }

    @Test
    void unsatisfiedWithin7DaysReopensAndEscalatesSatisfiedCloses() {
        RegionScope township = RegionScope.of(chain.township());
        Complaint c = filing.file(worker, wage("评价厂", 5)).complaint();
        assertThatThrownBy(() -> filing.rate(worker, c.getId(), false)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("办理中");
        officeWork.answer(clerk(chain), township, c.getId(), "已联系老板");
        officeWork.conclude(clerk(chain), township, c.getId(),
                new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED, "老板已付清", 8000L, 5));
        assertThat(jdbc.queryForObject("SELECT body FROM delivery WHERE source LIKE ?", String.class,
                "complaint:" + c.getId() + ":concluded:%")).contains("已追回", "8000元", "满意");

        filing.rate(worker, c.getId(), false);
        Complaint reopened = caseQueue.get(c.getId());
        assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(reopened.getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        assertThat(types(c)).contains(HistoryType.RATING, HistoryType.ESCALATION);

        RegionScope county = RegionScope.of(chain.county());
        officeWork.conclude(clerk(chain), county, c.getId(),
                new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED, null, 9000L, 5));
        filing.rate(worker, c.getId(), true);
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThatThrownBy(() -> filing.rate(worker, c.getId(), false)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("关闭");
    }

    @Test
    void aConcludedCaseCannotBeReopenedAfter7Days() {
        RegionScope township = RegionScope.of(chain.township());
        Complaint c = filing.file(worker, wage("过期厂", 1)).complaint();
        officeWork.conclude(clerk(chain), township, c.getId(),
                new ComplaintOffice.Outcome(Conclusion.TO_ARBITRATION, null, null, null));
        at(2031, 3, 15, 10, 1);
        assertThatThrownBy(() -> filing.rate(worker, c.getId(), false)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("7天");
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.CONCLUDED);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void urgentCasesGetHoursAndHotlines() {
        ComplaintFiling.Filed filed = filing.file(worker, new NewComplaint(ComplaintKind.INJURY, null, null, "工地",
                "东莞", null, null, null, "手被机器压伤了", List.of(), null));
        assertThat(filed.urgency().urgent()).isTrue();
        assertThat(filed.urgency().hotlines()).contains(Urgency.LABOUR_HOTLINE, Urgency.AMBULANCE);
        assertThat(filed.complaint().getAcceptDue()).isEqualTo(toUtc(2031, 3, 7, 12, 0));

        ComplaintFiling.Filed despair = filing.file(worker, wage("某工地", 1, "老板不给钱我真的不想活了"));
        assertThat(despair.urgency().urgent()).isTrue();
        assertThat(despair.urgency().hotlines()).contains(Urgency.MENTAL_HEALTH, Urgency.POLICE);

        ComplaintFiling.Filed many = filing.file(worker, wage("某工地", 30));
        assertThat(many.complaint().getUrgent()).isTrue();
        assertThat(filing.file(worker, wage("某工地", 3)).complaint().getUrgent()).isFalse();
    }

    @Test
    void anUrgentCaseFiledAtNightCountsOfficeHoursFromTheFirstWorkingHour() {
        at(2031, 3, 5, 3, 36);
        Complaint night = filing.file(worker, new NewComplaint(ComplaintKind.INJURY, null, null, "某厂", "东莞", null, null,
                null, "手被机器压伤了", List.of(), null)).complaint();
        assertThat(night.getAcceptDue()).as("2 office hours from 08:00").isEqualTo(toUtc(2031, 3, 5, 10, 0));
        at(2031, 3, 5, 5, 40);
        sweep.sweep();
        assertThat(caseQueue.get(night.getId()).getOwnerRegionCode()).as("nobody climbs at night")
                .isEqualTo(chain.township().getCode());
        at(2031, 3, 5, 10, 1);
        sweep.sweep();
        Complaint county = caseQueue.get(night.getId());
        assertThat(county.getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        assertThat(county.getDueAt()).isEqualTo(toUtc(2031, 3, 5, 12, 1));

        // Friday 17:00: one hour that day, the rest on the 调休 Saturday; the holiday week counts nothing.
        at(2031, 3, 7, 17, 0);
        assertThat(filing.file(worker, new NewComplaint(ComplaintKind.INJURY, null, null, "某厂", "东莞", null, null,
                null, "摔伤", List.of(), null)).complaint().getAcceptDue()).isEqualTo(toUtc(2031, 3, 8, 9, 0));
        at(2031, 3, 9, 17, 30);
        assertThat(filing.file(worker, new NewComplaint(ComplaintKind.INJURY, null, null, "某厂", "东莞", null, null,
                null, "摔伤", List.of(), null)).complaint().getAcceptDue()).isEqualTo(toUtc(2031, 3, 17, 10, 0));
    }

    @Test
    void aDeadlinePassingAtMidnightEscalatesButTheWorkerHearsOfItInTheMorning() {
        Complaint c = filing.file(worker, wage("夜里厂", 3)).complaint();
        at(2031, 3, 9, 0, 1);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        LocalDateTime sendFrom = jdbc.queryForObject("SELECT next_attempt_at FROM delivery WHERE source LIKE ?",
                LocalDateTime.class, "complaint:" + c.getId() + ":escalated:%");
        assertThat(sendFrom).as("07:00, when quiet hours end").isEqualTo(toUtc(2031, 3, 9, 7, 0));
    }

    @Test
    void aPartialRecoveryNeedsThePromisedDayAndStaysOpenToUnsatisfiedUntilAWeekAfterIt() {
        RegionScope township = RegionScope.of(chain.township());
        Complaint c = filing.file(worker, wage("部分厂", 1)).complaint();
        assertThatThrownBy(() -> officeWork.conclude(clerk(chain), township, c.getId(), new ComplaintOffice.Outcome(
                Conclusion.PARTLY_RECOVERED, "付了8000", 8000L, 1))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("约定付清的日期");
        assertThat(caseQueue.get(c.getId()).getStatus()).as("nothing changed").isEqualTo(ComplaintStatus.NEW);
        officeWork.conclude(clerk(chain), township, c.getId(), new ComplaintOffice.Outcome(Conclusion.PARTLY_RECOVERED,
                "付了8000", 8000L, 1, LocalDate.of(2031, 3, 31)));
        Complaint concluded = caseQueue.get(c.getId());
        assertThat(concluded.getConclusion()).isEqualTo(Conclusion.PARTLY_RECOVERED);
        assertThat(concluded.getFollowUpOn()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(jdbc.queryForList("SELECT body FROM delivery WHERE source LIKE ?", String.class,
                "complaint:" + c.getId() + ":concluded:%")).singleElement().asString().contains("剩余约定3月31日前付清");

        at(2031, 3, 25, 10, 0);
        sweep.sweep();
        assertThat(caseQueue.get(c.getId()).getStatus()).as("not closed a week after: the rest is not paid yet")
                .isEqualTo(ComplaintStatus.CONCLUDED);
        at(2031, 4, 3, 10, 0);
        filing.rate(worker, c.getId(), false, "剩下的4000没给");
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(caseQueue.get(c.getId()).getFollowUpOn()).isNull();
        assertThat(caseQueue.history(township, c.getId())).anyMatch(h -> "不满意:剩下的4000没给".equals(h.getText()));
    }

    @Test
    void anUnregisteredWorkerFilesWithNameAndPhoneAndBadInputChangesNothing() {
        Complainant stranger = new Complainant(APPID, "onew" + openid, null);
        long before = count();
        assertThatThrownBy(() -> filing.file(stranger, new NewComplaint(ComplaintKind.WAGE, "李四", "12345", null, null,
                null, null, null, null, List.of(), chain.county().getCode()))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("手机号");
        assertThatThrownBy(() -> filing.file(stranger, new NewComplaint(ComplaintKind.WAGE, " ", "13800138000", null,
                null, null, null, null, null, List.of(), chain.county().getCode()))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> filing.file(stranger, new NewComplaint(ComplaintKind.WAGE, "李四", "13800138000", null,
                null, null, -5L, null, null, List.of(), chain.county().getCode()))).isInstanceOf(RuleViolation.class);
        assertThat(count()).isEqualTo(before);

        Attachment photo = evidence.keepPhoto(APPID, stranger.openid(), "image/jpeg", new byte[]{1, 2, 3});
        Attachment notHis = evidence.keepPhoto(APPID, "someone-else", "image/jpeg", new byte[]{4});
        Complaint c = filing.file(stranger, new NewComplaint(ComplaintKind.WAGE, "李四", "138 0013 8000", "某厂", null,
                null, 3000L, null, null, List.of(photo.getId(), notHis.getId()), chain.county().getCode())).complaint();
        assertThat(c.getWorkerId()).isNull();
        assertThat(c.getPhoneMasked()).isEqualTo("138****8000");
        assertThat(c.getPhoneCipher()).doesNotContain("13800138000");
        assertThat(c.getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        assertThat(evidence.photos(RegionScope.of(chain.county()), c.getId())).extracting(Attachment::getId)
                .containsExactly(photo.getId());
        assertThat(filing.mine(stranger)).extracting(Complaint::getId).containsExactly(c.getId());
    }

    @Test
    void anEmployerWithOpenWageCasesCannotPublishUntilACountyAdminClearsIt() {
        RegionScope county = RegionScope.of(chain.county());
        Actor admin = clerk(chain);
        String tag = openid.substring(2, 8);
        Employer employer = jobs.createEmployer(admin, county, new JobService.NewEmployer("深圳市鑫达" + tag + "电子有限公司",
                "广东深圳", null, null));
        jobs.vet(admin, county, employer.getId(), "已考察");
        Job first = jobs.createJob(admin, county, draft(employer));
        Complaint c = filing.file(worker, wage("鑫达" + tag + "电子", 4)).complaint();
        assertThat(c.getEmployerId()).as("matched by normalised name").isEqualTo(employer.getId());

        assertThatThrownBy(() -> jobs.publish(admin, county, first.getId())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("欠薪投诉");
        EmployerHold hold = holdBean;
        assertThatThrownBy(() -> hold.clear(admin, county, employer.getId(), " ")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> hold.clear(admin, RegionScope.of(other.county()), employer.getId(), "查过了"))
                .isInstanceOf(NotFoundInScope.class);
        at(2031, 3, 7, 11, 0);
        hold.clear(admin, county, employer.getId(), "已核实,工资已付");
        assertThat(jobs.publish(admin, county, first.getId()).getStatus().name()).isEqualTo("PUBLISHED");

        at(2031, 3, 7, 12, 0);
        filing.file(worker, wage("鑫达" + tag + "电子有限公司", 2));
        assertThatThrownBy(() -> jobs.publish(admin, county, jobs.createJob(admin, county, draft(employer)).getId()))
                .as("a new case holds it again").isInstanceOf(RuleViolation.class);
    }

    @Autowired
    EmployerHold holdBean;

    @Test
    void historyHasNoUpdateOrDeletePath() {
        List<String> methods = Arrays.stream(HistoryMapper.class.getMethods()).map(Method::getName).toList();
        assertThat(methods).containsExactlyInAnyOrder("append", "of");
    }

    // --- helpers ---

    @Test
    void theQueueShowsOwnedAndStartedCasesOnceSoonestDeadlineFirstAndPausedLast() {
        RegionScope township = RegionScope.of(chain.township());
        Complaint first = filing.file(worker, wage("甲厂", 1)).complaint();
        Complaint second = filing.file(worker, wage("乙厂", 1)).complaint();
        Complaint moved = filing.file(worker, wage("丙厂", 1)).complaint();
        officeWork.transfer(clerk(chain), township, moved.getId(), chain.county().getCode(), "县里统一办");
        Complaint paused = filing.file(worker, wage("丁厂", 1)).complaint();
        officeWork.requestInfo(clerk(chain), township, paused.getId(), "请发工资条");
        clock.setChina(FILED.plusHours(1));
        Complaint urgent = filing.file(worker, new NewComplaint(ComplaintKind.INJURY, null, null, "戊厂", "广东东莞", null,
                null, null, "手被机器压伤了", List.of(), null)).complaint();
        String elsewhere = "oc" + UUID.randomUUID().toString().substring(0, 12);
        Complaint notOurs = filing.file(new Complainant(APPID, elsewhere, registeredWorker(other, elsewhere)),
                wage("己厂", 1)).complaint();

        // Urgent: accept within hours; the rest share a deadline (older first); 待补充 has none.
        assertThat(ids(caseQueue.queue(township, ComplaintQueue.Query.all(), 1, 100)))
                .containsExactly(urgent.getId(), first.getId(), second.getId(), moved.getId(), paused.getId());
        assertThat(ids(caseQueue.queue(township, ComplaintQueue.Query.all(), 2, 2))).containsExactly(second.getId(), moved.getId());
        assertThat(ids(caseQueue.queue(RegionScope.of(chain.county()), ComplaintQueue.Query.all(), 1, 100)))
                .as("owned and started under the county: once").containsExactly(urgent.getId(), first.getId(),
                        second.getId(), moved.getId(), paused.getId());
        assertThat(ids(caseQueue.queue(township, new ComplaintQueue.Query(null, ComplaintKind.WAGE, null, null, true, "乙厂"),
                1, 100))).containsExactly(second.getId());
        assertThat(ids(caseQueue.queue(RegionScope.of(other.township()), ComplaintQueue.Query.all(), 1, 100)))
                .containsExactly(notOurs.getId());
    }

    private static List<Long> ids(com.baomidou.mybatisplus.extension.plugins.pagination.Page<Complaint> page) {
        return page.getRecords().stream().map(Complaint::getId).toList();
    }

    @Test
    void aDraftFilesOneCaseHoweverOftenItIsSubmittedAndGoesADayLater() {
        long id = drafts.begin(APPID, openid, "{\"step\":\"name\"}");
        assertThat(drafts.keep(id, "{\"step\":\"confirm\",\"name\":\"龙草稿\"}")).isTrue();
        assertThat(drafts.unfinished(APPID, openid, Duration.ofMinutes(30))).map(ComplaintDrafts.Kept::state)
                .contains("{\"step\":\"confirm\",\"name\":\"龙草稿\"}");
        assertThat(jdbc.queryForObject("SELECT state_cipher FROM complaint_draft WHERE id = ?", String.class, id))
                .as("sealed").doesNotContain("龙草稿").doesNotContain("confirm");

        ComplaintDrafts.Result first = drafts.file(id, worker, wage("草稿厂", 2));
        ComplaintDrafts.Result again = drafts.file(id, worker, wage("草稿厂", 2));
        assertThat(first.again()).isFalse();
        assertThat(again.again()).isTrue();
        assertThat(again.filed().complaint().getId()).isEqualTo(first.filed().complaint().getId());
        assertThat(filing.mine(worker)).hasSize(1);
        assertThat(drafts.keep(id, "{}")).as("a filed draft keeps what was filed").isFalse();
        assertThat(drafts.unfinished(APPID, openid, Duration.ofMinutes(30))).isEmpty();
        drafts.forget(APPID, openid);
        assertThat(drafts.get(id)).as("the answers are in the case; the draft only says which")
                .contains(new ComplaintDrafts.Kept(id, "", first.filed().complaint().getId(), drafts.get(id).orElseThrow().updatedAt()));

        clock.setChina(FILED.plusDays(2));
        sweep.sweep();
        assertThat(drafts.get(id)).isEmpty();
    }

    private NewComplaint wage(String employer, int workers) {
        return wage(employer, workers, "干了三个月没发工资");
    }

    private NewComplaint wage(String employer, int workers, String what) {
        return new NewComplaint(ComplaintKind.WAGE, null, null, employer, "广东东莞", "去年10月", 12000L, workers, what,
                List.of(), null);
    }

    private JobService.JobDraft draft(Employer employer) {
        return new JobService.JobDraft(employer.getId(), "普工", "电子制造", WorkArea.OUT_OF_PROVINCE, "广东深圳",
                500000, 600000, null, null, null, null, null, null, 10, false, null);
    }

    private List<HistoryType> types(Complaint c) {
        return caseQueue.history(RegionScope.of(chain.prefecture()), c.getId()).stream().map(HistoryEntry::getType).toList();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    }

    private void at(int y, int m, int d, int h, int min) {
        clock.setChina(LocalDateTime.of(y, m, d, h, min));
    }

    private static LocalDateTime toUtc(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).minusHours(8);
    }

    private static Actor clerk(TestRegions.Chain chain) {
        return new Actor("clerk", chain.county().getPath(), "127.0.0.1");
    }

    private long registeredWorker(TestRegions.Chain chain, String openid) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long id = workers.register(new NewWorker("龙投诉", TestIds.bornIn(1970 + random.nextInt(30)),
                "13900001111", chain.village().getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, id);
        return id;
    }
}
