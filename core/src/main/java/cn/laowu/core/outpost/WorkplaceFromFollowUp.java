package cn.laowu.core.outpost;

import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.FollowUpRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 回访 tells us where the worker works, on the follow-up's date: the place they name, else (still at
 * the job) the job's place and employer confirmed; left and naming no place, that stint ends.
 * A place the table does not know changes nothing (the follow-up itself is kept).
 */
@Component
class WorkplaceFromFollowUp {

    private final JobService jobs;
    private final WorkplaceService workplaces;
    private final DestinationDivisions divisions;

    WorkplaceFromFollowUp(JobService jobs, WorkplaceService workplaces, DestinationDivisions divisions) {
        this.jobs = jobs;
        this.workplaces = workplaces;
        this.divisions = divisions;
    }

    @EventListener
    void on(FollowUpRecorded answer) {
        var job = jobs.find(answer.jobId());
        String employer = job.map(j -> jobs.employerName(j.getEmployerId())).orElse(null);
        if (answer.workPlace() != null) {
            divisions.read(answer.workPlace()).ifPresent(place -> workplaces.record(answer.workerId(), place,
                    answer.stillEmployed() ? employer : null, WorkplaceSource.FOLLOW_UP, answer.at()));
        } else if (answer.stillEmployed()) {
            job.flatMap(j -> divisions.read(j.getWorkPlace())).ifPresent(place -> workplaces.record(answer.workerId(),
                    place, employer, WorkplaceSource.FOLLOW_UP, answer.at()));
        } else if (employer != null) {
            workplaces.left(answer.workerId(), employer, answer.at());
        }
    }
}
