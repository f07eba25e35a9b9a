package cn.laowu.admin.training;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 按周排课 and 代为报名 through the console's security chain: one form for all sessions, edits, the overlap warning. */
class ScheduleConsoleTest extends ConsoleTestSupport {

    @Autowired
    CourseService courses;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    WorkerService workers;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anInstitutionSchedulesAllSessionsInOneFormThenEditsOne() throws Exception {
        Course course = course("排课班", 1, 30);
        MockHttpSession trainer = login("trainer");
        String page = "/console/training/" + course.getId();
        mvc.perform(post(page + "/schedule").session(trainer).param("days", "1", "2", "3", "4", "5")
                .param("from", "08:30").param("to", "17:30")).andExpect(status().isForbidden());
        mvc.perform(post(page + "/schedule").session(login("towna")).with(csrf()).param("days", "1")
                .param("from", "08:30").param("to", "17:30")).andExpect(status().isForbidden());
        mvc.perform(post(page + "/schedule").session(trainer).with(csrf()).param("days", "1", "2", "3", "4", "5")
                        .param("from", "08:30").param("to", "17:30").param("topic", "实操"))
                .andExpect(flash().attribute("success", containsString("已按安排生成")));
        List<TrainingSession> sessions = courses.sessions(course.getId());
        long weekdays = today.plusDays(1).datesUntil(today.plusDays(31))
                .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).count();
        assertThat(sessions.size()).isBetween((int) weekdays - 12, (int) weekdays); // the calendar's holidays skipped
        mvc.perform(get(page).session(trainer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("生成全部课次")))
                .andExpect(content().string(containsString("id=\"course-stage\">报名中<")));

        TrainingSession first = sessions.get(0);
        LocalDate day = CourseService.china(first.getStartsAt()).toLocalDate();
        mvc.perform(post("/console/training/sessions/" + first.getId() + "/edit").session(trainer).with(csrf())
                        .param("course", String.valueOf(course.getId())).param("day", day.toString())
                        .param("from", "13:00").param("to", "16:00").param("topic", "理论"))
                .andExpect(flash().attribute("success", containsString("已改为")));
        assertThat(CourseService.china(courses.sessions(course.getId()).get(0).getStartsAt()).toLocalTime())
                .isEqualTo(LocalTime.of(13, 0));
        mvc.perform(post("/console/training/sessions/" + first.getId() + "/remove").session(trainer).with(csrf())
                .param("course", String.valueOf(course.getId()))).andExpect(flash().attribute("success", containsString("已删除")));
        assertThat(courses.sessions(course.getId())).hasSize(sessions.size() - 1);
    }

    @Test
    void aClerkEnrollingSomeoneOnAnOverlappingCourseSeesTheWarningAndMustConfirm() throws Exception {
        Course welding = course("电焊全日制班", 1, 14);
        Course sewing = course("缝纫全日制班", 3, 20);
        MockHttpSession county = login("county");
        for (Course c : List.of(welding, sewing)) {
            mvc.perform(post("/console/training/" + c.getId() + "/schedule").session(county).with(csrf())
                    .param("days", "1", "2", "3", "4", "5", "6", "7").param("from", "08:30").param("to", "17:30"));
            mvc.perform(get("/console/training/" + c.getId()).session(county)); // reads the flash message
        }
        String idNumber = workers.idNumberOf(fx.workerA);
        mvc.perform(post("/console/training/" + welding.getId() + "/enrol").session(county).with(csrf())
                .param("idNumber", idNumber)).andExpect(flash().attribute("success", containsString("已为 甲某 报名")));
        mvc.perform(get("/console/training/" + welding.getId()).session(county));

        mvc.perform(post("/console/training/" + sewing.getId() + "/enrol").session(county).with(csrf())
                        .param("idNumber", idNumber))
                .andExpect(flash().attribute("clash", containsString("电焊全日制班")))
                .andExpect(flash().attribute("clash", containsString("上课时间重叠")));
        assertThat(enrolments.find(sewing.getId(), fx.workerA.getId())).as("not enrolled before confirming").isNull();
        // The warning on the page carries the confirm button.
        mvc.perform(get("/console/training/" + sewing.getId()).session(county))
                .andExpect(content().string(containsString("确认仍然报名")))
                .andExpect(content().string(containsString("上课时间重叠")));

        mvc.perform(post("/console/training/" + sewing.getId() + "/enrol").session(county).with(csrf())
                .param("idNumber", idNumber).param("confirmed", "true"))
                .andExpect(flash().attribute("success", containsString("已为 甲某 报名")));
        assertThat(enrolments.find(sewing.getId(), fx.workerA.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(jdbc.queryForObject("SELECT after_data FROM audit_log WHERE action = 'ENROL' AND entity_id = ?",
                String.class, String.valueOf(sewing.getId()))).contains("确认时间重叠").doesNotContain(idNumber);
        mvc.perform(post("/console/training/" + sewing.getId() + "/enrol").session(county).with(csrf())
                .param("idNumber", "110101199001011234")).andExpect(flash().attribute("error", containsString("没有找到")));
    }

    private Course course(String title, int from, int to) {
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        return courses.create(new Actor("c", fx.county.getPath(), null), TrainingViewer.staff(RegionScope.of(fx.county)),
                new CourseService.CourseDraft(title + fx.tag, CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC,
                        me.getId(), fx.county.getCode(), "县职校", today.plusDays(from), today.plusDays(to), 30, true,
                        "王老师", "理论+实操", null));
    }
}
