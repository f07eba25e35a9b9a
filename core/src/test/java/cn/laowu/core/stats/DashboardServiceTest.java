package cn.laowu.core.stats;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDateTime;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard: every feature's figures for a scope, and the archive by the regions just below it. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void workersAreCountedUnderTheirTownshipAndThoseNotConfirmedForAYearAreStale() {
        TestRegions.Chain chain = TestRegions.create(regions);
        TestIds.register(workers, "看板甲", null, chain.village().getCode(), false);
        Worker stale = TestIds.register(workers, "看板乙", null, chain.village().getCode(), false);
        jdbc.update("UPDATE worker SET confirmed_at = ? WHERE id = ?", LocalDateTime.now().minusYears(2), stale.getId());
        dashboard.rebuild(); // the card aged in SQL, past the service that keeps the counts

        assertThat(dashboard.byChildRegion(RegionScope.of(chain.county())))
                .containsExactly(new DashboardService.RegionCount(chain.township().getCode(), chain.township().getName(), 2, 1));
        assertThat(dashboard.byChildRegion(RegionScope.of(chain.village()))).as("no regions below a village").isEmpty();
    }

    @Test
    void everyFeaturesFiguresAreCountedInTheScopeUnderKeysOfTheirOwn() {
        TestRegions.Chain chain = TestRegions.create(regions);
        TestIds.register(workers, "看板丙", null, chain.village().getCode(), true);
        var figures = dashboard.figures(RegionScope.of(chain.county()), Year.now());
        assertThat(figures).extracting(f -> f.key()).doesNotHaveDuplicates().contains("archived", "trained");
        assertThat(figures).filteredOn(f -> f.key().equals("archived")).extracting(f -> f.value()).containsExactly(1L);
        assertThat(figures).filteredOn(f -> f.key().equals("poverty")).extracting(f -> f.value()).containsExactly(1L);
    }
}
