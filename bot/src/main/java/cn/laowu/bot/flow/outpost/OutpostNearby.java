package cn.laowu.bot.flow.outpost;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.outpost.DestinationDivision;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outpost.OutpostJobs;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * A shared location where our workers work: a registered worker's current workplace is confirmed
 * from it, and the outpost serving that place comes first in the nearby answer.
 */
@Component
public class OutpostNearby {

    private final DestinationDivisions divisions;
    private final OutpostService outposts;
    private final WorkplaceService workplaces;
    private final WorkerLookup lookup;
    private final OutpostJobs outpostJobs;

    OutpostNearby(DestinationDivisions divisions, OutpostService outposts, WorkplaceService workplaces, WorkerLookup lookup,
                  OutpostJobs outpostJobs) {
        this.outpostJobs = outpostJobs;
        this.divisions = divisions;
        this.outposts = outposts;
        this.workplaces = workplaces;
        this.lookup = lookup;
    }

    /** The outpost for a location: its card, and the jobs it collected there (offered before any other). */
    public record Here(String card, List<JobService.JobCard> jobs) {
    }

    public Optional<Here> at(DialogContext ctx, double latitude, double longitude, int jobs) {
        Optional<DestinationDivision> place = divisions.nearest(latitude, longitude);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        lookup.of(ctx).ifPresent(worker -> workplaces.record(worker.getId(), place.get(), null, WorkplaceSource.LOCATION));
        return outposts.serving(place.get().path()).map(o -> new Here(OutpostReplies.card(o, latitude, longitude),
                outpostJobs.offeredAt(place.get().path(), jobs)));
    }
}
