package cn.laowu.bot.flow.outpost;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.outpost.DestinationDivision;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import org.springframework.stereotype.Component;

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

    OutpostNearby(DestinationDivisions divisions, OutpostService outposts, WorkplaceService workplaces, WorkerLookup lookup) {
        this.divisions = divisions;
        this.outposts = outposts;
        this.workplaces = workplaces;
        this.lookup = lookup;
    }

    /** The outpost's card for this location, when one serves it. */
    public Optional<String> at(DialogContext ctx, double latitude, double longitude) {
        Optional<DestinationDivision> place = divisions.nearest(latitude, longitude);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        lookup.of(ctx).ifPresent(worker -> workplaces.record(worker.getId(), place.get(), null, WorkplaceSource.LOCATION));
        return outposts.serving(place.get().path()).map(o -> OutpostReplies.card(o, latitude, longitude));
    }
}
