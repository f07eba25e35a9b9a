package cn.laowu.embedded.demo;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.SessionSchedule;
import cn.laowu.core.training.TrainingViewer;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two courses in 吉首市 run by the demo 培训机构 account {@code peixun}: an 订单培训 for the 缝纫工 job
 * (its graduates can be moved into that job) and a pre-employment 电焊工 course; in the simulator,
 * say 培训 or 想学电焊.
 */
@Component
class TrainingSeed implements DemoSeed {

    private final CourseService courses;
    private final StaffService staff;
    private final JobService jobs;
    private final SessionSchedule schedule;

    TrainingSeed(CourseService courses, StaffService staff, JobService jobs, SessionSchedule schedule) {
        this.schedule = schedule;
        this.courses = courses;
        this.staff = staff;
        this.jobs = jobs;
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    public void seed() {
        RegionScope county = new RegionScope("/433100/433101/");
        StaffAccount school = staff.findByUsername("peixun").orElseThrow();
        TrainingViewer viewer = TrainingViewer.institution(county, school.getId());
        Actor actor = new Actor("peixun", county.path(), null);
        LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(7);
        Long sewingJob = jobs.jobs(county).stream().filter(card -> card.job().getTitle().equals("缝纫工"))
                .map(card -> card.job().getId()).findFirst().orElse(null);
        Course order = courses.create(actor, viewer, new CourseService.CourseDraft("缝纫工订单培训班",
                sewingJob == null ? CourseKind.PRE_EMPLOYMENT : CourseKind.ORDER, "缝纫工", CertificateLevel.BASIC,
                null, "433101", "吉首市职业中专实训楼三楼", start, start.plusDays(14), 30, true,
                "向老师(高级缝纫工)、宁波申洲针织派驻师傅", "理论2天、平车实操10天、企业标准考核2天;考核合格颁发初级证书", sewingJob));
        Course welding = courses.create(actor, viewer, new CourseService.CourseDraft("电焊工就业技能培训",
                CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC, null, "433101",
                "吉首市乾州街道技能实训基地", start.plusDays(3), start.plusDays(33), 20, true, "彭老师、石老师",
                "安全用电与防护3天、手工电弧焊实操24天、技能鉴定3天", null));
        // Every teaching day of each course, morning and afternoon, the calendar's holidays skipped (issue 22:
        // the demo used to have 6 sessions in 3 days for a 30-day plan).
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> sixDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        for (Course course : new Course[]{order, welding}) {
            Set<DayOfWeek> days = course == welding ? sixDays : weekdays;
            schedule.generate(actor, viewer, course.getId(),
                    new SessionSchedule.Pattern(days, LocalTime.of(8, 30), LocalTime.of(11, 30), "上午"));
            schedule.generate(actor, viewer, course.getId(),
                    new SessionSchedule.Pattern(days, LocalTime.of(14, 0), LocalTime.of(17, 0), "下午"));
        }
    }
}
