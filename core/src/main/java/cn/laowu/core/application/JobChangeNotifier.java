package cn.laowu.core.application;

import cn.laowu.core.job.JobEdited;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the office changes a job's wage, place or end date, everyone still on the way to it
 * (候补 to 集中输送) hears exactly what changed, queued in the transaction of the edit. The
 * source names the job's version, one per edit, so one edit tells each worker once.
 */
@Component
class JobChangeNotifier {

    /** Applied and not yet there: those who decided on what the job said. */
    static final Set<ApplicationStatus> ON_THE_WAY = EnumSet.of(ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED,
            ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL, ApplicationStatus.TRAINING, ApplicationStatus.DISPATCH);

    private final JobApplicationMapper applications;
    private final Outbox outbox;

    JobChangeNotifier(JobApplicationMapper applications, Outbox outbox) {
        this.applications = applications;
        this.outbox = outbox;
    }

    @EventListener
    void edited(JobEdited edited) {
        List<JobEdited.Change> changes = edited.forApplicants();
        if (changes.isEmpty()) {
            return;
        }
        String title = edited.job().getTitle();
        String what = changes.stream().map(JobEdited.Change::sentence).collect(Collectors.joining(";"));
        String body = "您报名的岗位「" + title + "」" + what + "。有疑问请联系乡镇社会保障站,回复 我的报名 可以看办理进度。";
        Message message = Message.single("job:" + edited.job().getId() + ":edit:" + edited.job().getVersion(),
                "岗位「" + title + "」信息变动", "岗位信息有变", what, body);
        applications.selectList(new LambdaQueryWrapper<JobApplication>()
                        .select(JobApplication::getWorkerId)
                        .eq(JobApplication::getJobId, edited.job().getId()).in(JobApplication::getStatus, ON_THE_WAY))
                .forEach(application -> outbox.toWorker(application.getWorkerId(), message));
    }
}
