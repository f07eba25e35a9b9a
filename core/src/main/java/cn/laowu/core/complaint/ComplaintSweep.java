package cn.laowu.core.complaint;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Watches every running deadline: warns the office on the last day, escalates a case one level up
 * the region tree when a deadline passes (and again at the next breach), and closes concluded
 * cases nobody reopened. Each case is its own transaction, so one failure stops nothing else.
 */
@Component
public class ComplaintSweep {

    private static final Logger log = LoggerFactory.getLogger(ComplaintSweep.class);
    private static final int BATCH = 500;
    /** The rest waits for the next run, so a run stays well within its lock. */
    private static final int MAX_PER_RUN = 20_000;

    private final ComplaintDeadlines deadlines;
    private final ComplaintDrafts drafts;

    public ComplaintSweep(ComplaintDeadlines deadlines, ComplaintDrafts drafts) {
        this.deadlines = deadlines;
        this.drafts = drafts;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.complaint-sweep:PT5M}")
    @SchedulerLock(name = "complaint-sweep", lockAtMostFor = "PT10M")
    public void run() {
        sweep();
    }

    public record Result(int warned, int escalated, int closed) {
    }

    public Result sweep() {
        int escalated = each(deadlines::overdue, deadlines::escalateIfOverdue);
        int warned = each(deadlines::dueForWarning, deadlines::warn);
        int closed = each(deadlines::concludedLongAgo, deadlines::closeIfSettled);
        drafts.purge();
        return new Result(warned, escalated, closed);
    }

    private int each(IntFunction<List<Long>> find, Function<Long, Boolean> act) {
        int done = 0;
        int seen = 0;
        List<Long> ids;
        do {
            ids = find.apply(BATCH);
            int before = done;
            for (long id : ids) {
                try {
                    if (act.apply(id)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Complaint {} left for the next sweep: {}", id, e.toString());
                }
            }
            seen += ids.size();
            if (done == before) {
                break;
            }
        } while (ids.size() == BATCH && seen < MAX_PER_RUN);
        return done;
    }
}
