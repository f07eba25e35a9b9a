package cn.laowu.embedded.demo;

import cn.laowu.core.region.RegionService;
import cn.laowu.core.stats.DashboardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;

/** Loads the 湘西州 demo into an empty database, one {@link DemoSeed} per feature. A restart with data leaves everything alone. */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;
    private final List<DemoSeed> seeds;
    private final DashboardService dashboard;

    public DemoData(RegionService regions, List<DemoSeed> seeds, DashboardService dashboard) {
        this.regions = regions;
        this.dashboard = dashboard;
        this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        seeds.forEach(DemoSeed::seed);
        // some seeds backdate their records in SQL, past the services that keep the dashboard's counts
        dashboard.rebuild();
        log.info("Demo data loaded: {}", seeds.stream().map(seed -> seed.getClass().getSimpleName()).toList());
    }
}
