package cn.laowu.admin.training;

import cn.laowu.core.training.SignInSheetImport;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.DemandService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.WorkArea;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 培训 through HTTP: an institution runs only its own courses; staff see theirs in scope; roles and CSRF. */
class TrainingConsoleTest extends ConsoleTestSupport {

    @Autowired
    CourseService courses;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    JobService jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AttendanceService attendance;
    @Autowired
    DemandService demand;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anInstitutionCreatesACourseAndSeesOnlyItsOwn() throws Exception {
        MockHttpSession trainer = login("trainer");
        mvc.perform(get("/console").session(trainer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/training\"")));
        mvc.perform(get("/console/training").session(trainer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本机构的课程")))
                .andExpect(content().string(not(containsString("本辖区人员的培训报名"))));

        String title = "电焊工培训" + fx.tag;
        mvc.perform(post("/console/training").session(trainer).param("title", title)
                        .param("kind", "PRE_EMPLOYMENT").param("occupation", "电焊工").param("targetLevel", "BASIC")
                        .param("regionCode", fx.county.getCode()).param("place", "县职校").param("startsOn", today.plusDays(3).toString())
                        .param("endsOn", today.plusDays(20).toString()).param("capacity", "30").param("teachers", "王老师")
                        .param("teachingPlan", "理论+实操"))
                .andExpect(status().isForbidden());
        assertThat(courses.courses(TrainingViewer.staff(RegionScope.of(fx.county)))).isEmpty();

        String location = mvc.perform(post("/console/training").session(trainer).with(csrf()).param("title", title)
                        .param("kind", "PRE_EMPLOYMENT").param("occupation", "电焊工").param("targetLevel", "BASIC")
                        .param("regionCode", fx.county.getCode()).param("place", "县职校").param("startsOn", today.plusDays(3).toString())
                        .param("endsOn", today.plusDays(20).toString()).param("capacity", "30").param("free", "true")
                        .param("_free", "on").param("teachers", "王老师").param("teachingPlan", "理论+实操"))
                .andExpect(redirectedUrlPattern("/console/training/*"))
                .andReturn().getResponse().getRedirectedUrl();
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        Course mine = courses.courses(TrainingViewer.institution(RegionScope.of(fx.county), me.getId())).get(0);
        assertThat(location).isEqualTo("/console/training/" + mine.getId());
        assertThat(mine.getInstitutionId()).isEqualTo(me.getId());
        assertThat(mine.getFree()).isTrue();

        // A refused form says why and saves nothing.
        mvc.perform(post("/console/training").session(trainer).with(csrf()).param("title", "空名额")
                        .param("kind", "PRE_EMPLOYMENT").param("occupation", "电焊工").param("targetLevel", "BASIC")
                        .param("regionCode", fx.county.getCode()).param("place", "县职校").param("startsOn", today.plusDays(3).toString())
                        .param("endsOn", today.plusDays(20).toString()).param("capacity", "0").param("teachers", "王老师")
                        .param("teachingPlan", "理论+实操"))
                .andExpect(redirectedUrl("/console/training"))
                .andExpect(flash().attribute("error", containsString("名额")));
        assertThat(courses.courses(TrainingViewer.staff(RegionScope.of(fx.county)))).hasSize(1);

        // Another institution's course is not there for this one.
        Course theirs = otherInstitutionsCourse();
        mvc.perform(get("/console/training").session(trainer)).andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString(theirs.getTitle()))));
        mvc.perform(get("/console/training/" + theirs.getId()).session(trainer)).andExpect(status().isNotFound());
        mvc.perform(post("/console/training/" + theirs.getId() + "/sessions").session(trainer).with(csrf())
                .param("day", today.plusDays(4).toString()).param("from", "09:00").param("to", "11:00"))
                .andExpect(status().isNotFound());
        assertThat(courses.sessions(theirs.getId())).isEmpty();
        // The county sees both.
        MockHttpSession county = login("county");
        mvc.perform(get("/console/training").session(county)).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(theirs.getTitle())));
    }

    @Test
    void sessionsRollCallCorrectionsResultsAndCertificatesThroughTheCoursePage() throws Exception {
        MockHttpSession trainer = login("trainer");
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        TrainingViewer viewer = TrainingViewer.institution(RegionScope.of(fx.county), me.getId());
        Course course = courses.create(new Actor("t", fx.county.getPath(), null), viewer, draft("电工培训" + fx.tag, null, null));
        enrolments.signUp(fx.workerA.getId(), course.getId(), "WECHAT");
        long enrolment = enrolments.find(course.getId(), fx.workerA.getId()).getId();

        mvc.perform(post("/console/training/" + course.getId() + "/sessions").session(trainer).with(csrf())
                        .param("day", today.plusDays(3).toString()).param("from", "09:00").param("to", "11:00").param("topic", "安全用电"))
                .andExpect(flash().attribute("success", containsString("签到码已生成")));
        TrainingSession session = courses.sessions(course.getId()).get(0);
        mvc.perform(get("/console/training/" + course.getId()).session(trainer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(session.getCheckInCode())))
                .andExpect(content().string(containsString("安全用电")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())));

        // The course starts and the session runs now.
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", start, start.plusHours(2),
                session.getId());
        mvc.perform(post("/console/training/sessions/" + session.getId() + "/roll-call").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())))
                .andExpect(flash().attribute("success", containsString("点名已开始")));

        mvc.perform(post("/console/training/" + course.getId() + "/attendance").session(trainer).with(csrf())
                        .param("session", String.valueOf(session.getId())).param("enrolment", String.valueOf(enrolment))
                        .param("present", "true").param("reason", " "))
                .andExpect(flash().attribute("error", containsString("更正原因")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_attendance WHERE enrolment_id = ?", Integer.class,
                enrolment)).isZero();
        mvc.perform(post("/console/training/" + course.getId() + "/attendance").session(trainer).with(csrf())
                        .param("session", String.valueOf(session.getId())).param("enrolment", String.valueOf(enrolment))
                        .param("present", "true").param("reason", "手机没电,老师点名确认在场"))
                .andExpect(flash().attribute("success", containsString("已记入操作日志")));
        mvc.perform(get("/console/training/" + course.getId()).session(trainer))
                .andExpect(content().string(containsString("1节/1天")))
                .andExpect(content().string(containsString("手工更正")));

        // Not while the (last) session still runs.
        mvc.perform(post("/console/training/enrolments/" + enrolment + "/result").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())).param("completed", "true"))
                .andExpect(flash().attribute("error", containsString("最后一次课")));
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", start.minusHours(3),
                start.minusHours(1), session.getId());
        mvc.perform(post("/console/training/enrolments/" + enrolment + "/result").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())).param("completed", "true"))
                .andExpect(flash().attribute("success", containsString("结业")));
        String serial = "DG" + fx.tag;
        mvc.perform(post("/console/training/enrolments/" + enrolment + "/certificate").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())).param("level", "BASIC").param("serial", serial))
                .andExpect(flash().attribute("error", containsString("发证机构")));
        mvc.perform(post("/console/training/enrolments/" + enrolment + "/certificate").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())).param("level", "BASIC").param("serial", serial)
                        .param("issuer", "州职业技能鉴定中心"))
                .andExpect(flash().attribute("success", containsString("证书已登记")));
        assertThat(enrolments.get(enrolment).getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolments.get(enrolment).getCertificateSerial()).isEqualTo(serial);
        mvc.perform(get("/console/training/" + course.getId()).session(trainer))
                .andExpect(content().string(containsString(serial)))
                .andExpect(content().string(containsString("州职业技能鉴定中心")));
    }

    @Test
    void whatWorkersAskedToLearnIsCountedForTheInstitutionAndTheCountyNotForAnotherTownship() throws Exception {
        demand.record(fx.workerA.getId(), fx.workerA.getHomeRegionCode(), fx.workerA.getHomeRegionPath(), "挖掘机", "想学开挖掘机");
        demand.record(fx.workerB.getId(), fx.workerB.getHomeRegionCode(), fx.workerB.getHomeRegionPath(), "挖掘机", "挖掘机");
        mvc.perform(get("/console/training").session(login("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("群众想学")))
                .andExpect(content().string(containsString("<td>挖掘机</td><td>2</td>")));
        mvc.perform(get("/console/training").session(login("county")))
                .andExpect(content().string(containsString("<td>挖掘机</td><td>2</td>")));
        mvc.perform(get("/console/training").session(login("towna")))
                .andExpect(content().string(containsString("<td>挖掘机</td><td>1</td>")));
    }

    @Test
    void rolesAndScope() throws Exception {
        Course theirs = otherInstitutionsCourse();
        enrolments.signUp(fx.workerA.getId(), theirs.getId(), "WECHAT");
        enrolments.signUp(fx.workerB.getId(), theirs.getId(), "WECHAT");

        // A township sees its villagers' enrolments, not the other township's, and cannot manage.
        MockHttpSession towna = login("towna");
        mvc.perform(get("/console/training").session(towna)).andExpect(status().isOk())
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(not(containsString(fx.workerB.getIdNumberMasked()))));
        mvc.perform(post("/console/training").session(towna).with(csrf()).param("title", "x")).andExpect(status().isForbidden());

        // The leader reads, never writes; the village clerk has no training section.
        MockHttpSession leader = login("leader");
        mvc.perform(get("/console/training/" + theirs.getId()).session(leader)).andExpect(status().isOk());
        mvc.perform(post("/console/training/" + theirs.getId() + "/sessions").session(leader).with(csrf())
                .param("day", today.plusDays(4).toString()).param("from", "09:00").param("to", "11:00"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/training").session(login("village"))).andExpect(status().isForbidden());

        // One WeChat checking in two trainees is shown to the county to look into, not to the institution.
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, theirs.getId());
        TrainingSession now = courses.addSession(new Actor("c", fx.county.getPath(), null),
                TrainingViewer.staff(RegionScope.of(fx.county)), theirs.getId(), today.plusDays(3).atTime(9, 0),
                today.plusDays(3).atTime(11, 0), null);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", start, start.plusHours(2), now.getId());
        attendance.checkInByCode(fx.workerA.getId(), "shared-phone-" + fx.tag, now.getCheckInCode());
        attendance.checkInByCode(fx.workerB.getId(), "shared-phone-" + fx.tag, now.getCheckInCode());
        mvc.perform(get("/console/training").session(login("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("一个微信为多人签到")))
                .andExpect(content().string(containsString("为 2 名学员签到")));
        mvc.perform(get("/console/training").session(login("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("需要核查"))));

        // 订单培训 → the job: the county may, the institution may not.
        Course order = orderCourse();
        enrolments.signUp(fx.workerA.getId(), order.getId(), "WECHAT");
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, order.getId());
        jdbc.update("UPDATE training_enrolment SET status = 'COMPLETED', completed_on = ? WHERE course_id = ?", today,
                order.getId());
        mvc.perform(post("/console/training/" + order.getId() + "/move-to-job").session(login("trainer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/training/" + order.getId() + "/move-to-job").session(login("county")).with(csrf()))
                .andExpect(flash().attribute("success", containsString("1 人报名")));
        assertThat(jdbc.queryForObject("SELECT channel FROM job_application WHERE job_id = ? AND worker_id = ?",
                String.class, order.getJobId(), fx.workerA.getId())).isEqualTo("TRAINING");
    }

    @Test
    void aPaperSignInSheetIsDownloadedFilledAndUploadedBack() throws Exception {
        MockHttpSession trainer = login("trainer");
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        TrainingViewer viewer = TrainingViewer.institution(RegionScope.of(fx.county), me.getId());
        Course course = courses.create(new Actor("t", fx.county.getPath(), null), viewer, draft("砌筑工培训" + fx.tag, null, null));
        enrolments.signUp(fx.workerA.getId(), course.getId(), "WECHAT");
        long enrolment = enrolments.find(course.getId(), fx.workerA.getId()).getId();
        TrainingSession session = courses.addSession(new Actor("t", fx.county.getPath(), null), viewer, course.getId(),
                today.plusDays(3).atTime(9, 0), today.plusDays(3).atTime(11, 0), null);
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusHours(3);
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", start, start.plusHours(2),
                session.getId());

        byte[] template = mvc.perform(get("/console/training/" + course.getId() + "/sign-in-sheet").session(trainer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<SignInSheetImport.SheetLine> rows = SignInSheetController.read(new ByteArrayInputStream(template));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.enrolment()).isEqualTo(String.valueOf(enrolment));
            assertThat(r.name()).isEqualTo(fx.workerA.getName());
            assertThat(r.session()).isEqualTo("1");
        });
        assertThat(new String(template, StandardCharsets.ISO_8859_1)).doesNotContain(fx.workerA.getIdNumberMasked());

        mvc.perform(multipart("/console/training/" + course.getId() + "/sign-in-sheet")
                        .file(new MockMultipartFile("file", "x.xlsx", null, "not a sheet".getBytes())).session(trainer).with(csrf()))
                .andExpect(flash().attribute("error", containsString("读不了")));
        mvc.perform(multipart("/console/training/" + course.getId() + "/sign-in-sheet")
                        .file(sheet(enrolment, "到了")).session(trainer).with(csrf()))
                .andExpect(flash().attribute("error", containsString("「出勤」:请填 是 或 否")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_attendance WHERE enrolment_id = ?", Integer.class,
                enrolment)).isZero();
        mvc.perform(multipart("/console/training/" + course.getId() + "/sign-in-sheet")
                        .file(sheet(enrolment, "是")).session(trainer))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/console/training/" + course.getId() + "/sign-in-sheet")
                        .file(sheet(enrolment, "是")).session(trainer).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已按签到表记录 1 条考勤")));
        assertThat(jdbc.queryForObject("SELECT reason FROM training_attendance WHERE enrolment_id = ? AND kind = 'CHECK_IN'",
                String.class, enrolment)).isEqualTo("签到表导入:签到表.xlsx 第2行");
    }

    private MockMultipartFile sheet(long enrolment, String present) {
        SignInRow row = SignInRow.of(enrolment, fx.workerA.getName(), 1, "");
        row.setPresent(present);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out, SignInRow.class).sheet("签到表").doWrite(List.of(row));
        return new MockMultipartFile("file", "签到表.xlsx", null, out.toByteArray());
    }

    private Course otherInstitutionsCourse() {
        StaffAccount other = staff.bootstrap("px" + fx.tag, "别家学校", StaffRole.TRAINING_PROVIDER, fx.county.getCode(),
                "Passw0rd!x", false);
        return courses.create(new Actor("c", fx.county.getPath(), null), TrainingViewer.staff(RegionScope.of(fx.county)),
                draft("家政培训" + fx.tag, other.getId(), null));
    }

    private Course orderCourse() {
        RegionScope scope = RegionScope.of(fx.county);
        Actor clerk = new Actor("c", fx.county.getPath(), null);
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波某厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "焊工", "制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 600_000, 800_000, null, null, null, null, null,
                null, 10, false, null)).getId());
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        return courses.create(clerk, TrainingViewer.staff(scope), new CourseService.CourseDraft("订单焊工班" + fx.tag,
                CourseKind.ORDER, "电焊工", CertificateLevel.BASIC, me.getId(), fx.county.getCode(), "县职校",
                today.plusDays(3), today.plusDays(20), 10, true, "王老师", "理论+实操", job.getId()));
    }

    private CourseService.CourseDraft draft(String title, Long institutionId, Long jobId) {
        return new CourseService.CourseDraft(title, CourseKind.PRE_EMPLOYMENT, "电工", CertificateLevel.BASIC,
                institutionId, fx.county.getCode(), "县职校实训楼", today.plusDays(3), today.plusDays(20), 30, true,
                "王老师", "理论5天、实操10天", jobId);
    }
}
