package cn.laowu.core.stats;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerCardEdits;
import cn.laowu.core.worker.WorkerEdit;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's tiles come from counts kept with every write of a card: after each write they equal
 * what counting the cards gives, and what counting them all again (the rebuild) gives.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class DashboardCountsTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    WorkerCardEdits cards;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theArchivesCountsFollowRegistrationMovesThe建档立卡FlagAndConfirmation() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Region county2 = regions.create(chain.prefecture().getCode().substring(0, 4) + "02", "二县", chain.prefecture().getCode(), 1);
        Region township2 = regions.create(county2.getCode() + "101", "二镇", county2.getCode(), 0);
        Region village2 = regions.create(township2.getCode() + "201", "二村", township2.getCode(), 0);
        RegionScope zhou = RegionScope.of(chain.prefecture());
        Actor clerk = new Actor("clerk", zhou.path(), "127.0.0.1");

        Worker a = TestIds.register(workers, "计数甲", null, chain.village().getCode(), false);
        Worker b = TestIds.register(workers, "计数乙", null, chain.village().getCode(), true);
        assertThat(figures(zhou)).containsEntry("archived", 2L).containsEntry("poverty", 1L).containsEntry("stale", 0L);
        assertCountedAsTheCards(chain, county2);

        WorkerEdit e = WorkerEdit.of(workers.find(a.getId()).orElseThrow());
        cards.update(clerk, zhou, a.getId(), new WorkerEdit(e.name(), e.phone(), village2.getCode(), e.education(),
                e.skillLevel(), e.skills(), e.health(), e.householdIncomeFen(), e.familyMembers(), true,
                e.postSchoolYouth(), e.employmentStatus(), e.workPlace(), e.employer(), e.jobTitle(), e.monthlyWageFen(),
                e.satisfaction(), e.wantsJobChange(), e.childrenSchooling(), e.familyWithWorker(), e.intendedArea(),
                e.intendedIndustry(), e.intendedJob(), e.expectedWageFen(), e.serviceNeeds(), e.version()));
        assertThat(figures(RegionScope.of(chain.county()))).containsEntry("archived", 1L).containsEntry("poverty", 1L);
        assertThat(figures(RegionScope.of(county2))).containsEntry("archived", 1L).containsEntry("poverty", 1L);
        assertThat(dashboard.byChildRegion(zhou)).extracting(DashboardService.RegionCount::workers).containsExactly(1L, 1L);

        workers.recordPovertyListed(List.of(a.getId(), b.getId()));
        cards.confirm(clerk, zhou, b.getId());
        assertThat(figures(zhou)).containsEntry("archived", 2L).containsEntry("poverty", 2L);
        assertCountedAsTheCards(chain, county2);

        dashboard.rebuild();
        assertCountedAsTheCards(chain, county2);
    }

    @Test
    void cardsConfirmedJustOverAYearAgoAreStaleThoseJustUnderAreNot() {
        TestRegions.Chain chain = TestRegions.create(regions);
        LocalDateTime yearAgo = LocalDateTime.now().minusYears(1);
        Worker over = TestIds.register(workers, "过期", null, chain.village().getCode(), false);
        Worker under = TestIds.register(workers, "未过期", null, chain.village().getCode(), false);
        Worker long_ago = TestIds.register(workers, "久未复核", null, chain.village().getCode(), false);
        jdbc.update("UPDATE worker SET confirmed_at = ? WHERE id = ?", yearAgo.minusMinutes(10), over.getId());
        jdbc.update("UPDATE worker SET confirmed_at = ? WHERE id = ?", yearAgo.plusMinutes(10), under.getId());
        jdbc.update("UPDATE worker SET confirmed_at = ? WHERE id = ?", yearAgo.minusMonths(3), long_ago.getId());
        dashboard.rebuild(); // the cards aged in SQL, past the service that keeps the counts

        assertThat(figures(RegionScope.of(chain.county()))).containsEntry("stale", 2L);
        assertThat(dashboard.byChildRegion(RegionScope.of(chain.county())))
                .containsExactly(new DashboardService.RegionCount(chain.township().getCode(), chain.township().getName(), 3, 2));
    }

    private Map<String, Long> figures(RegionScope scope) {
        return dashboard.figures(scope, Year.now()).stream()
                .collect(Collectors.toMap(DashboardFigures.Figure::key, DashboardFigures.Figure::value));
    }

    /** Every tile of the archive as counting the cards gives it, for each region of the test. */
    private void assertCountedAsTheCards(TestRegions.Chain chain, Region county2) {
        for (Region region : List.of(chain.prefecture(), chain.county(), chain.village(), county2)) {
            RegionScope scope = RegionScope.of(region);
            String like = scope.likePattern();
            assertThat(figures(scope)).as(region.getName())
                    .containsEntry("archived", count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ?", like))
                    .containsEntry("poverty", count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? "
                            + "AND poverty_registered = 1", like))
                    .containsEntry("stale", count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? "
                            + "AND confirmed_at < ?", like, LocalDateTime.now().minusYears(1)));
            List<Long> registered = dashboard.monthly(scope, Year.now()).stream()
                    .filter(s -> s.label().equals("新建档")).findFirst().orElseThrow().monthly();
            assertThat(registered.get(LocalDateTime.now().getMonthValue() - 1)).as(region.getName())
                    .isEqualTo(count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? AND created_at >= ?",
                            like, LocalDateTime.now().withDayOfMonth(1).toLocalDate().atStartOfDay()));
        }
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
