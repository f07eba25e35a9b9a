package cn.laowu.core.stats;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.stats.DashboardFigures.Figure;
import cn.laowu.core.stats.DashboardFigures.Series;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The figures counties are judged by (004 第二十五条, 000 联动承诺六), for a region and below,
 * gathered from the {@link DashboardFigures} beans the features provide, in their order.
 */
@Service
// Read-only: with a replica configured (laowu.datasource.replica.url) the figures are read there.
@Transactional(readOnly = true)
public class DashboardService {

    private final List<DashboardFigures> sources;
    private final ArchiveByRegion archive;
    private final RegionService regions;
    private final Clock clock;

    public DashboardService(List<DashboardFigures> sources, ArchiveByRegion archive, RegionService regions, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(DashboardFigures::order)).toList();
        this.archive = archive;
        this.regions = regions;
        this.clock = clock;
    }

    public record RegionCount(String code, String name, long workers, long stale) {
    }

    public List<Figure> figures(RegionScope scope, Year year) {
        return sources.stream().flatMap(source -> source.figures(scope, year).stream()).toList();
    }

    public List<Series> monthly(RegionScope scope, Year year) {
        return sources.stream().flatMap(source -> source.monthly(scope, year).stream()).toList();
    }

    /** Only the figures of these features ({@link DashboardFigures#feature()}); the others are not even counted. */
    public List<Figure> figures(RegionScope scope, Year year, java.util.Set<String> features) {
        return sources.stream().filter(s -> features.contains(s.feature()))
                .flatMap(source -> source.figures(scope, year).stream()).toList();
    }

    public List<Series> monthly(RegionScope scope, Year year, java.util.Set<String> features) {
        return sources.stream().filter(s -> features.contains(s.feature()))
                .flatMap(source -> source.monthly(scope, year).stream()).toList();
    }

    /** Every feature's aggregate counted again ({@link DashboardFigures#rebuild()}), e.g. after a bulk load. */
    @Transactional
    public void rebuild() {
        sources.forEach(DashboardFigures::rebuild);
    }

    /** The archive by the regions directly below the scope's root, in one grouped query. */
    public List<RegionCount> byChildRegion(RegionScope scope) {
        List<Region> children = regions.children(scope.rootCode());
        if (children.isEmpty()) {
            return List.of();
        }
        int prefixLength = children.get(0).getPath().length();
        Map<String, ArchiveByRegion.Counts> counts = archive.byPathPrefix(scope.path(), prefixLength,
                LocalDateTime.now(clock).minusYears(1));
        return children.stream().map(child -> {
            ArchiveByRegion.Counts c = counts.getOrDefault(child.getPath(), new ArchiveByRegion.Counts(0, 0));
            return new RegionCount(child.getCode(), child.getName(), c.cards(), c.stale());
        }).toList();
    }
}
