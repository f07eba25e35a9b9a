package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.ArchiveByRegion;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** The archive by the regions below a scope, for the dashboard, from the archive's tally. */
@Component
class WorkerCountsByRegion implements ArchiveByRegion {

    private final WorkerTally tally;

    WorkerCountsByRegion(WorkerTally tally) {
        this.tally = tally;
    }

    @Override
    public Map<String, Counts> byPathPrefix(String pathPrefix, int prefixLength, LocalDateTime staleBefore) {
        Map<String, Counts> counts = new HashMap<>();
        tally.byPathPrefix(RegionScope.below(pathPrefix), prefixLength, staleBefore)
                .forEach((path, c) -> counts.put(path, new Counts(c[0], c[1])));
        return counts;
    }
}
