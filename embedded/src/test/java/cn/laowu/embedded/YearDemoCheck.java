package cn.laowu.embedded;

import cn.laowu.core.assessment.AssessmentService;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.progress.StatisticsReport;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.target.TargetService;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's demo (YearSeed): this year's targets for the 湘西 tree, two months of 调度, last year's
 * published assessment, and the statistics report of every level summing exactly to its total.
 */
final class YearDemoCheck {

    private YearDemoCheck() {
    }

    static void check(ApplicationContext app) {
        int year = ChinaTime.today(app.getBean(Clock.class)).getYear();
        TargetService targets = app.getBean(TargetService.class);
        RegionService regions = app.getBean(RegionService.class);
        assertThat(targets.confirmed(year, "433101")).isPresent();
        assertThat(targets.split(RegionScope.of(regions.get("433100")), year, "433100").warnings()).isEmpty();
        assertThat(targets.split(RegionScope.of(regions.get("433101")), year, "433101").warnings())
                .anySatisfy(w -> assertThat(w).startsWith("转移就业人数:下级合计2700人"));
        var taken = app.getBean(DispatchSnapshots.class).all();
        assertThat(taken).hasSize(2);
        // 州管, 县管 and 领导 bound their WeChat: each month's summary of their unit is queued for each
        var bound = app.getBean(cn.laowu.core.staff.StaffWeChat.class).bound();
        assertThat(bound).hasSize(3);
        var outbox = app.getBean(cn.laowu.core.outbox.Outbox.class);
        for (var snapshot : taken) {
            for (var binding : bound) {
                assertThat(outbox.ofSource("dispatch:" + snapshot.id() + ":staff:" + binding.staffId())).hasSize(1);
            }
        }
        AssessmentService assessments = app.getBean(AssessmentService.class);
        var run = assessments.latest(year - 1, "433100").orElseThrow();
        assertThat(run.published()).isTrue();
        assertThat(assessments.results(run)).hasSize(8);

        StatisticsReport report = app.getBean(StatisticsReport.class);
        RegionScope zhou = RegionScope.of(regions.get("433100"));
        int month = ChinaTime.today(app.getBean(Clock.class)).getMonthValue();
        for (Region region : regions.inScope(zhou)) {
            if (region.getLevel() == RegionLevel.VILLAGE) {
                continue;
            }
            StatisticsReport.Report r = report.report(zhou, region.getCode(), year, month);
            assertThat(sum(r.rows())).as(region.getName()).isEqualTo(values(r.total()));
        }
    }

    private static List<Long> sum(List<StatisticsReport.Row> rows) {
        List<Long> total = new ArrayList<>(values(null));
        for (StatisticsReport.Row row : rows) {
            List<Long> v = values(row);
            for (int i = 0; i < v.size(); i++) {
                total.set(i, total.get(i) + v.get(i));
            }
        }
        return total;
    }

    private static List<Long> values(StatisticsReport.Row r) {
        if (r == null) {
            return List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
        return List.of(r.workers(), r.workersPoor(), r.transferOut(), r.transferProvince(), r.transferCounty(),
                r.transfer(), r.monthNew(), r.trained(), r.trainedEmployed(), r.incomeFen(), r.complaints(),
                r.complaintsOnTime());
    }
}
