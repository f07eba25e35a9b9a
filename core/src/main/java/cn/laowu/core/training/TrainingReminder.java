package cn.laowu.core.training;

import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.ChinaTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Reminds enrolled trainees the day before a course starts and on its first morning (from 6:00
 * China time), through the outbox; each reminder is marked and queued in one transaction, once.
 */
@Component
public class TrainingReminder {

    static final LocalTime MORNING = LocalTime.of(6, 0);
    private static final int BATCH = 200;

    private final EnrolmentService enrolments;
    private final CourseService courses;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TrainingReminder(EnrolmentService enrolments, CourseService courses, Outbox outbox,
                            TransactionTemplate transaction, Clock clock) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.training-reminders:PT15M}")
    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT10M")
    public void run() {
        remindDue();
    }

    /** @return how many reminders were queued */
    public int remindDue() {
        return remindDue(LocalDateTime.now(clock.withZone(ChinaTime.ZONE)));
    }

    /** At a given China time: tomorrow's courses always, today's from {@link #MORNING}. */
    int remindDue(LocalDateTime chinaNow) {
        LocalDate today = chinaNow.toLocalDate();
        int sent = remind(today.plusDays(1), false);
        if (!chinaNow.toLocalTime().isBefore(MORNING)) {
            sent += remind(today, true);
        }
        return sent;
    }

    private int remind(LocalDate startsOn, boolean morning) {
        int sent = 0;
        List<Enrolment> due;
        do {
            due = enrolments.dueForReminder(startsOn, morning, BATCH);
            for (Enrolment enrolment : due) {
                Course course = courses.find(enrolment.getCourseId()).orElseThrow();
                Boolean queued = transaction.execute(status -> {
                    if (!enrolments.markReminded(enrolment.getId(), morning)) {
                        return false;
                    }
                    outbox.toWorker(enrolment.getWorkerId(), message(enrolment, course, morning));
                    return true;
                });
                if (Boolean.TRUE.equals(queued)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private static Message message(Enrolment enrolment, Course course, boolean morning) {
        String when = morning ? "今天" : "明天";
        return Message.single("training:" + enrolment.getId() + (morning ? ":morning" : ":eve"),
                "培训「" + course.getTitle() + "」", when + "开课", course.getPlace(),
                "提醒:您报名的培训「" + course.getTitle() + "」" + when + "(" + course.getStartsOn() + ")开课。\n地点:"
                        + course.getPlace() + "\n每节课到场后扫老师出示的二维码,或回复 签到 加6位签到码。去不了请回复 我的培训 告诉我们。");
    }
}
