package cn.laowu.core.outpost;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintDeadlines;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintFiling.NewComplaint;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.Conclusion;
import cn.laowu.core.complaint.HistoryEntry;
import cn.laowu.core.complaint.HistoryType;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outpost's second dimension: the workers now working in its area (from every source of the
 * workplace) and the complaints placed there, which it co-handles while the home office owns them.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class OutpostScopeTest {

    private static final String APPID = "wxtest0000000001";

    @Autowired
    OutpostService outposts;
    @Autowired
    OutpostWorkers outpostWorkers;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    DestinationDivisions divisions;
    @Autowired
    CoHandledCases cases;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    ComplaintQueue caseQueue;
    @Autowired
    ComplaintOffice officeWork;
    @Autowired
    ComplaintDeadlines deadlines;
    @Autowired
    RegionService regions;
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
    @Autowired
    FollowUpService followUps;

    private TestRegions.Chain chain;
    private RegionScope prefecture;
    private Actor admin;
    private Outpost changan;
    private Outpost ningbo;
    private OutpostScope head;
    private OutpostScope staff;
    private OutpostScope ningboStaff;
    private final java.util.Map<Long, String> fullIds = new java.util.HashMap<>();

    @BeforeEach
    void twoOutposts() {
        chain = TestRegions.create(regions);
        prefecture = RegionScope.of(chain.prefecture());
        admin = new Actor("admin", chain.prefecture().getPath(), "127.0.0.1");
        changan = outposts.create(admin, prefecture, new NewOutpost("东莞长安驻外服务站", chain.prefecture().getCode(),
                "长安镇某路1号", "0769-85551234", "周一至周六 9:00-18:00", 22.80, 113.80, null, List.of("441900119", "441900121")));
        ningbo = outposts.create(admin, prefecture, new NewOutpost("宁波驻外服务站", chain.county().getCode(),
                "北仑某路2号", "0574-86661234", null, null, null, null, List.of("330200")));
        head = member(changan, OutpostRole.HEAD, "APPID_OPENID");
        staff = member(changan, OutpostRole.STAFF, null);
        ningboStaff = member(ningbo, OutpostRole.STAFF, null);
    }

    @AfterEach
    void closeThem() {
        outposts.close(admin, prefecture, changan.id());
        outposts.close(admin, prefecture, ningbo.id());
    }

    @Test
    void staffSeeWorkersNowInTheirAreaMaskedAndNotThoseWhoLeftNorOthers() {
        Worker there = worker("在长安");
        Worker left = worker("离开了");
        Worker elsewhere = worker("在宁波");
        Worker never = worker("没出门");
        workplaces.recordText(there.getId(), "东莞长安", "长安某电子厂", WorkplaceSource.CHAT);
        workplaces.recordText(left.getId(), "东莞虎门", null, WorkplaceSource.CHAT);
        workplaces.recordText(left.getId(), "宁波北仑", "北仑某厂", WorkplaceSource.CHAT);
        workplaces.recordText(elsewhere.getId(), "宁波镇海", null, WorkplaceSource.CHAT);

        List<OutpostWorkers.Row> seen = outpostWorkers.inArea(staff, 50);
        assertThat(seen).extracting(OutpostWorkers.Row::workerId).contains(there.getId())
                .doesNotContain(left.getId(), elsewhere.getId(), never.getId());
        OutpostWorkers.Row row = outpostWorkers.get(staff, there.getId());
        assertThat(row.idNumberMasked()).contains("*").isEqualTo(there.getIdNumberMasked());
        assertThat(row.phoneMasked()).isEqualTo("139****1111");
        assertThat(row.employer()).isEqualTo("长安某电子厂");
        assertThat(row.toString()).as("no full ID number anywhere in what the outpost reads")
                .doesNotContain(fullIdOf(there));
        assertThatThrownBy(() -> outpostWorkers.get(staff, left.getId())).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> outpostWorkers.get(staff, never.getId())).isInstanceOf(NotFoundInScope.class);
        assertThat(outpostWorkers.inArea(ningboStaff, 50)).extracting(OutpostWorkers.Row::workerId)
                .contains(left.getId(), elsewhere.getId()).doesNotContain(there.getId());

        // Only the 站长 sees the whole phone, and the look is audited.
        Actor staffActor = new Actor(staff.username(), chain.prefecture().getPath(), null);
        assertThatThrownBy(() -> outpostWorkers.revealPhone(staffActor, staff, there.getId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("只有站长");
        Actor headActor = new Actor(head.username(), chain.prefecture().getPath(), null);
        assertThat(outpostWorkers.revealPhone(headActor, head, there.getId())).contains("13900001111");
        assertThatThrownBy(() -> outpostWorkers.revealPhone(headActor, head, left.getId())).isInstanceOf(NotFoundInScope.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'REVEAL_PHONE'",
                Long.class, head.username())).isEqualTo(1);
    }

    @Test
    void theWorkplaceComesFromPlacementComplaintsAndChatAndKeepsItsHistory() {
        Worker w = worker("上岗的");
        placed(w, "广东东莞长安镇");
        Workplace fromPlacement = workplaces.current(w.getId()).orElseThrow();
        assertThat(fromPlacement.divisionCode()).isEqualTo("441900119");
        assertThat(fromPlacement.source()).isEqualTo(WorkplaceSource.PLACEMENT);
        assertThat(fromPlacement.employer()).startsWith("长安电子厂");

        // The same place again only confirms it.
        workplaces.recordText(w.getId(), "东莞长安", null, WorkplaceSource.CHAT);
        assertThat(workplaces.history(w.getId())).hasSize(1);

        filing.file(complainant(w), wage("虎门某鞋厂", "广东省东莞市虎门镇", 1));
        Workplace fromComplaint = workplaces.current(w.getId()).orElseThrow();
        assertThat(fromComplaint.divisionCode()).isEqualTo("441900121");
        assertThat(fromComplaint.source()).isEqualTo(WorkplaceSource.COMPLAINT);
        assertThat(fromComplaint.employer()).isEqualTo("虎门某鞋厂");

        divisions.nearest(29.90, 121.84).ifPresent(place -> workplaces.record(w.getId(), place, null, WorkplaceSource.LOCATION));
        List<Workplace> history = workplaces.history(w.getId());
        assertThat(history).extracting(Workplace::divisionCode).containsExactly("330206", "441900121", "441900119");
        assertThat(history).extracting(Workplace::current).containsExactly(true, false, false);
        assertThat(history.get(1).endedAt()).isNotNull();
        assertThat(workplaces.recordText(w.getId(), "在家", null, WorkplaceSource.CHAT)).as("no place named").isEmpty();
        assertThat(workplaces.history(w.getId())).hasSize(3);
    }

    @Test
    void aFollowUpSayingWhereTheWorkerIsNowUpdatesTheWorkplaceWithItsDate() {
        Worker moved = worker("回访换地方的");
        List<FollowUp> due = dueFollowUps(placed(moved, "广东东莞长安镇"), 4);
        RegionScope county = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", chain.county().getPath(), null);
        followUps.record(clerk, county, due.get(0).getId(), new FollowUpService.Answer(true, 500_000L,
                Satisfaction.SATISFIED, "调到虎门分厂", "东莞虎门"));
        Workplace now = workplaces.current(moved.getId()).orElseThrow();
        assertThat(now.divisionCode()).isEqualTo("441900121");
        assertThat(now.source()).isEqualTo(WorkplaceSource.FOLLOW_UP);
        assertThat(now.employer()).startsWith("长安电子厂");
        assertThat(now.confirmedAt()).isEqualTo(followUps.ofApplication(due.get(0).getApplicationId()).get(0).getRecordedAt());
        assertThat(workplaces.history(moved.getId())).extracting(Workplace::divisionCode).containsExactly("441900121", "441900119");

        // Still there, no place said: the job's place is confirmed on the follow-up's date.
        Worker stayed = worker("回访在岗的");
        List<FollowUp> stayedDue = dueFollowUps(placed(stayed, "广东东莞长安镇"), 4);
        jdbc.update("UPDATE worker_workplace SET confirmed_at = confirmed_at - INTERVAL 90 DAY WHERE worker_id = ?",
                stayed.getId());
        followUps.answer(stayed.getId(), stayedDue.get(1).getId(), new FollowUpService.Answer(true, null,
                Satisfaction.FAIR, null));
        Workplace confirmed = workplaces.current(stayed.getId()).orElseThrow();
        assertThat(workplaces.history(stayed.getId())).hasSize(1);
        assertThat(confirmed.confirmedAt()).isEqualTo(followUps.ofApplication(stayedDue.get(1).getApplicationId())
                .get(1).getRecordedAt());

        // Left and named no place: that stint ends, so the outpost no longer counts the worker there.
        followUps.answer(stayed.getId(), stayedDue.get(0).getId(), new FollowUpService.Answer(false, null, null, "回家了"));
        assertThat(workplaces.current(stayed.getId())).isEmpty();
        assertThat(outpostWorkers.inArea(staff, 500)).extracting(OutpostWorkers.Row::workerId)
                .contains(moved.getId()).doesNotContain(stayed.getId());
    }

    @Test
    void aComplaintPlacedInTheAreaIsCoHandledAtOnceWhileTheHomeOfficeOwnsItAndConcludesIt() {
        Worker w = worker("讨薪的");
        Complaint c = filing.file(complainant(w), wage("长安某电子厂", "广东东莞长安镇", 3)).complaint();

        assertThat(cases.list(staff, 20)).extracting(Complaint::getId).contains(c.getId());
        assertThat(cases.list(ningboStaff, 20)).extracting(Complaint::getId).doesNotContain(c.getId());
        assertThatThrownBy(() -> cases.get(ningboStaff, c.getId())).isInstanceOf(NotFoundInScope.class);
        assertThat(c.getOwnerRegionCode()).as("the home township owns it").isEqualTo(chain.township().getCode());
        assertThat(jdbc.queryForObject("SELECT body FROM delivery WHERE source = ?", String.class,
                "outpost-cohandle-" + c.getId())).contains("东莞长安驻外服务站也会在当地帮您跟进", "0769-85551234");

        Actor staffActor = new Actor(staff.username(), chain.prefecture().getPath(), null);
        cases.record(staffActor, staff, c.getId(), new CaseAction.Input(CaseActionKind.SITE_VISIT, "到厂里见了老板", null, null, null));
        cases.record(staffActor, staff, c.getId(), new CaseAction.Input(CaseActionKind.RECOVERY, "老板先付一部分", 3000L, null, null));
        cases.record(staffActor, staff, c.getId(), new CaseAction.Input(CaseActionKind.HANDOVER, "其余移交监察",
                null, "东莞市长安镇劳动监察中队", "DG2026-118"));
        long actions = cases.actions(c.getId()).size();
        assertThatThrownBy(() -> cases.record(staffActor, staff, c.getId(),
                new CaseAction.Input(CaseActionKind.RECOVERY, "追回", null, null, null))).hasMessageContaining("金额");
        assertThatThrownBy(() -> cases.record(staffActor, staff, c.getId(),
                new CaseAction.Input(CaseActionKind.HANDOVER, "移交", null, "某监察大队", " "))).hasMessageContaining("案件编号");
        assertThatThrownBy(() -> cases.record(staffActor, ningboStaff, c.getId(),
                new CaseAction.Input(CaseActionKind.NOTE, "看看", null, null, null))).isInstanceOf(NotFoundInScope.class);
        assertThat(cases.actions(c.getId())).hasSize((int) actions);
        assertThat(cases.actions(c.getId()).get(1).amountFen()).isEqualTo(300_000L);

        // The case file shows who did what at which end.
        List<HistoryEntry> file = cases.history(staff, c.getId());
        assertThat(file).filteredOn(e -> e.getType() == HistoryType.CO_HANDLER).extracting(HistoryEntry::getActor)
                .contains("系统", "东莞长安驻外服务站·" + staff.username());
        assertThat(file).filteredOn(e -> e.getType() == HistoryType.CO_HANDLER).extracting(HistoryEntry::getText)
                .anyMatch(t -> t.contains("移交 东莞市长安镇劳动监察中队,案号 DG2026-118"))
                .anyMatch(t -> t.contains("追回欠薪") && t.contains("3000元"));

        // Escalation is unchanged: the owner climbs, the outpost stays co-handler.
        jdbc.update("UPDATE complaint SET due_at = '2000-01-01 00:00:00' WHERE id = ?", c.getId());
        assertThat(deadlines.escalateIfOverdue(c.getId())).isTrue();
        Complaint escalated = caseQueue.get(c.getId());
        assertThat(escalated.getOwnerRegionCode()).isEqualTo(chain.county().getCode());
        assertThat(cases.coHandlerOf(c.getId())).map(Outpost::id).contains(changan.id());

        // Only the owner concludes: the outpost's own scope is no region scope, and the region rules hold.
        RegionScope county = RegionScope.of(chain.county());
        officeWork.conclude(admin, county, c.getId(), new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED,
                "已追回", 3000L, 3));
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.CONCLUDED);
        assertThat(cases.get(staff, c.getId()).getStatus()).as("the outpost sees the outcome").isEqualTo(ComplaintStatus.CONCLUDED);
    }

    @Test
    void anUrgentCaseReachesEveryPhoneOnTheDutyListAtOnce() {
        Worker w = worker("受伤的");
        Complaint c = filing.file(complainant(w), new NewComplaint(ComplaintKind.INJURY, null, null, "虎门某五金厂",
                "东莞虎门", "昨天", null, 1, "手被机器压伤了,在医院", List.of(), null)).complaint();
        assertThat(c.getUrgent()).isTrue();
        assertThat(jdbc.queryForList("SELECT via FROM outpost_alert WHERE complaint_id = ? ORDER BY staff_account_id",
                String.class, c.getId())).containsExactly("WECHAT", "PHONE");
        assertThat(jdbc.queryForObject("SELECT body FROM delivery WHERE source LIKE ?", String.class,
                "outpost-alert-" + c.getId() + "-%")).contains("紧急投诉", c.getCaseNo(), "虎门某五金厂");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outpost_alert WHERE outpost_id = ?", Long.class, ningbo.id()))
                .isZero();
    }

    @Test
    void aComplaintPlacedNowhereWeServeIsNotCoHandled() {
        Worker w = worker("在深圳");
        Complaint c = filing.file(complainant(w), wage("某厂", "深圳宝安", 1)).complaint();
        assertThat(cases.coHandlerOf(c.getId())).isEmpty();
        assertThat(workplaces.current(w.getId())).map(Workplace::divisionCode).contains("440306");
    }

    @Test
    void aComplaintWithoutAPlaceGoesWhereTheWorkerWorksNowButOneAtHomeDoesNot() {
        Worker w = worker("在虎门");
        workplaces.recordText(w.getId(), "东莞虎门", "虎门某厂", WorkplaceSource.PLACEMENT);
        Complaint noPlace = filing.file(complainant(w), wage("虎门某厂", null, 1)).complaint();
        assertThat(cases.coHandlerOf(noPlace.getId())).map(Outpost::id).contains(changan.id());
        Complaint atHome = filing.file(new Complainant(APPID, "y" + w.getId(), w.getId()),
                wage("包工头", "吉首市", 1)).complaint();
        assertThat(cases.coHandlerOf(atHome.getId())).isEmpty();
    }

    private OutpostScope member(Outpost o, OutpostRole role, String wechat) {
        String username = "op" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var issued = outposts.addMember(admin, StaffRole.PREFECTURE_ADMIN, prefecture, o.id(), new OutpostService.NewMember(
                username, "驻外" + role.label(), role, "1380000" + ThreadLocalRandom.current().nextInt(1000, 9999),
                wechat == null ? null : APPID, wechat == null ? null : "o" + username));
        return outposts.scopeOf(issued.account().getId()).orElseThrow();
    }

    private Worker worker(String name) {
        ChineseIdNumber id = TestIds.bornIn(1980 + ThreadLocalRandom.current().nextInt(20));
        Worker w = workers.register(new NewWorker(name, id, "13900001111", chain.village().getCode(), false));
        fullIds.put(w.getId(), id.value());
        String openid = "o" + UUID.randomUUID().toString().substring(0, 12);
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, w.getId());
        return w;
    }

    private String fullIdOf(Worker w) {
        return fullIds.get(w.getId());
    }

    private Complainant complainant(Worker w) {
        return new Complainant(APPID, "x" + w.getId(), w.getId());
    }

    private static NewComplaint wage(String employer, String place, int workers) {
        return new NewComplaint(ComplaintKind.WAGE, null, null, employer, place, "上个月", 3000L, workers,
                "两个月没发工资", List.of(), null);
    }

    private long placed(Worker w, String workPlace) {
        RegionScope scope = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", chain.county().getPath(), null);
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("长安电子厂" + chain.county().getCode(), "广东东莞", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "普工", "电子", WorkArea.OUT_OF_PROVINCE, workPlace, 480_000, 580_000, null, null, null, null, null,
                null, 10, false, null)).getId());
        long id = ((ApplicationService.Outcome.Applied) applications.apply(w.getId(), job.getId(), "WECHAT")).application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(today, "人社局门口", "张干事", "广东东莞"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }

    /** The follow-ups of a placement made {@code months} ago, month order. */
    private List<FollowUp> dueFollowUps(long applicationId, int months) {
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL " + months + " MONTH WHERE application_id = ?",
                applicationId);
        return followUps.ofApplication(applicationId);
    }
}
