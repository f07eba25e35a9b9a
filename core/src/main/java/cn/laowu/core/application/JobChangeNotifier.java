package cn.laowu.core.application;

import cn.laowu.core.job.JobEdited;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
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
    private final WorkerService workers;
    private final StationService stations;

    JobChangeNotifier(JobApplicationMapper applications, Outbox outbox, WorkerService workers, StationService stations) {
        this.applications = applications;
        this.outbox = outbox;
        this.workers = workers;
        this.stations = stations;
    }

    @EventListener
    void edited(JobEdited edited) {
        List<JobEdited.Change> changes = edited.forApplicants();
        if (changes.isEmpty()) {
            return;
        }
        String title = edited.job().getTitle();
        String what = changes.stream().map(JobEdited.Change::sentence).collect(Collectors.joining(";"));
        applications.selectList(new LambdaQueryWrapper<JobApplication>()
                        .select(JobApplication::getWorkerId)
                        .eq(JobApplication::getJobId, edited.job().getId()).in(JobApplication::getStatus, ON_THE_WAY))
                .forEach(application -> outbox.toWorker(application.getWorkerId(), Message.single(
                        "job:" + edited.job().getId() + ":edit:" + edited.job().getVersion(),
                        "岗位「" + title + "」信息变动", "岗位信息有变", what,
                        "您报名的岗位「" + title + "」" + what + "。有疑问请联系" + whomToCall(application.getWorkerId())
                                + ",回复 我的报名 可以看办理进度。")));
    }

    private String whomToCall(long workerId) {
        return stations.whomToCall(workers.find(workerId).map(Worker::getHomeRegionPath).orElse(null));
    }
}
