package cn.laowu.core.progress;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.target.TargetService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each indicator against hand-made records; the 调度 snapshot's immutability and its 约谈名单. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ProgressTest {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressStore store;
    @Autowired
    DispatchSnapshots snapshots;
    @Autowired
    TargetService targets;

    private TestRegions.Chain chain;
    private YearRecords records;

    @BeforeEach
    void region() {
        chain = TestRegions.create(regions);
        records = new YearRecords(jdbc, workers, staff, chain.county());
    }

    @Test
    void eachIndicatorCountsWhatItsDefinitionSays() {
        Region v = chain.village();
        LocalDate before = LocalDate.of(2018, 6, 1);
        Worker w1 = records.worker(v, true, before, LocalDate.of(2019, 3, 5));
        Worker w2 = records.worker(v, false, before, LocalDate.of(2018, 8, 1));
        Worker w3 = records.worker(v, false, before, LocalDate.of(2019, 10, 1));
        Worker w4 = records.worker(v, false, before, LocalDate.of(2019, 1, 2));
        records.worker(v, false, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 1));

        // w1: first placed 省外 in March (a second placement in May does not count again), stable at 6 months
        long a1 = records.placed(w1, "OUT_OF_PROVINCE", LocalDate.of(2019, 3, 10));
        records.placed(w1, "IN_COUNTY", LocalDate.of(2019, 5, 1));
        records.followUp(a1, w1, 1, LocalDate.of(2019, 4, 10), true, 500_000L);
        records.followUp(a1, w1, 6, LocalDate.of(2019, 9, 10), true, 600_000L);
        // w2: placed last year, gone at the 3-month follow-up in February: January's wage only
        long a2 = records.placed(w2, "IN_PROVINCE", LocalDate.of(2018, 11, 20));
        records.followUp(a2, w2, 3, LocalDate.of(2019, 2, 20), false, 400_000L);
        // w3: 州内 in December, no wage on record
        records.placed(w3, "IN_PREFECTURE", LocalDate.of(2019, 12, 31));
        // w4: trained in April, placed 县内 in June (within 3 months), gone at 6 months: not stable
        records.trained(w4, LocalDate.of(2019, 4, 1), "COMPLETED", LocalDate.of(2019, 4, 11));
        long a4 = records.placed(w4, "IN_COUNTY", LocalDate.of(2019, 6, 15));
        records.followUp(a4, w4, 6, LocalDate.of(2019, 12, 15), false, null);
        records.trained(w1, LocalDate.of(2019, 7, 1), "NOT_COMPLETED", null);
        records.trained(w2, LocalDate.of(2019, 2, 1), "CANCELLED", null);
        records.trained(w3, LocalDate.of(2019, 2, 1), "WAITLISTED", null);

        records.complaint(v, LocalDate.of(2019, 2, 1), "CONCLUDED", false);
        records.complaint(v, LocalDate.of(2019, 3, 1), "CONCLUDED", true);
        records.complaint(v, LocalDate.of(2019, 4, 1), "IN_PROGRESS", false);
        records.complaint(v, LocalDate.of(2019, 5, 1), "IN_PROGRESS", true);

        store.refresh(2019);
        Totals year = store.rollUp(2019, 12, chain.county().getPath()).get(chain.county().getPath());
        assertThat(values(year)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("TRANSFER", 300L), Map.entry("TRANSFER_OUT", 100L), Map.entry("TRANSFER_PROVINCE", 100L),
                Map.entry("TRANSFER_COUNTY", 100L), Map.entry("TRANSFER_POOR", 100L), Map.entry("STABLE", 100L),
                Map.entry("TRAINED", 200L), Map.entry("TRAINED_EMPLOYED", 100L),
                // 6,000 元 × 10 months (March–December) + 4,000 元 × January = 64,000 元 = 6.40 万元
                Map.entry("INCOME", 640L),
                // 3 complaints due (2 concluded, 1 late and open), 1 concluded on time
                Map.entry("COMPLAINT_ON_TIME", 3333L),
                // 4 of 5 cards confirmed within the year
                Map.entry("CARD_UPDATE", 8000L)));
        assertThat(year.get(Measure.COMPLAINTS)).isEqualTo(4);
        // in work in December: w1's two placements and w3's; only one with a wage
        assertThat(year.get(Measure.IN_WORK)).isEqualTo(3);
        assertThat(year.wageCoveragePercent()).isEqualTo(33L);

        Totals june = store.rollUp(2019, 6, chain.county().getPath()).get(chain.county().getPath());
        assertThat(june.transfer()).isEqualTo(2);
        assertThat(june.get(Measure.WORKERS)).isEqualTo(4);
        assertThat(IndicatorValues.actualX100("CARD_UPDATE", june)).isEqualTo(5000L);
        assertThat(june.get(Measure.INCOME_FEN)).isEqualTo(400_000L + 4 * 600_000L);
        // the village's own figures roll up into the township and the 州 alike
        Map<String, Totals> all = store.rollUp(2019, 12, chain.prefecture().getPath());
        assertThat(all.get(chain.township().getPath())).isEqualTo(year);
        assertThat(all.get(chain.prefecture().getPath())).isEqualTo(year);
    }

    @Test
    void aSnapshotIsTakenOnceAndNeverRecomputed() {
        Actor zhou = new Actor("zhou", chain.prefecture().getPath(), "127.0.0.1");
        RegionScope prefecture = RegionScope.of(chain.prefecture());
        targets.set(zhou, prefecture, 2017, chain.county().getCode(), Map.of("TRANSFER", "100"), null);
        Worker w = records.worker(chain.village(), false, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1));
        records.placed(w, "OUT_OF_PROVINCE", LocalDate.of(2017, 2, 10));

        Snapshot february = snapshots.take(zhou, 2017, 2);
        SnapshotRow row = snapshots.table(february, chain.prefecture()).get(chain.county().getCode()).get("TRANSFER");
        assertThat(row.actualX100()).isEqualTo(100L);
        assertThat(row.target()).isEqualTo(100L);
        assertThat(row.completionPermille()).isEqualTo(10);
        assertThat(row.behind()).isTrue();
        assertThat(snapshots.interviews(february, chain.prefecture())).isEmpty();

        // a late record for February: February stays as it was, March shows it
        Worker late = records.worker(chain.village(), false, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1));
        records.placed(late, "IN_COUNTY", LocalDate.of(2017, 2, 20));
        assertThatThrownBy(() -> snapshots.take(zhou, 2017, 2)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能重算");
        assertThat(snapshots.table(february, chain.prefecture()).get(chain.county().getCode()).get("TRANSFER")
                .actualX100()).isEqualTo(100L);
        Snapshot march = snapshots.take(zhou, 2017, 3);
        assertThat(snapshots.table(march, chain.prefecture()).get(chain.county().getCode()).get("TRANSFER")
                .actualX100()).isEqualTo(200L);
        assertThat(march.timePermille()).isGreaterThan(february.timePermille());
        // behind in February and March: on the 州's 约谈名单
        assertThat(snapshots.interviews(march, chain.prefecture()))
                .singleElement().satisfies(i -> {
                    assertThat(i.regionCode()).isEqualTo(chain.county().getCode());
                    assertThat(i.indicators()).contains("转移就业人数");
                });
        assertThat(snapshots.trend(2017, chain.county().getCode(), "TRANSFER")).containsOnlyKeys(2, 3);
        assertThatThrownBy(() -> snapshots.take(zhou, 2017, 13)).isInstanceOf(RuleViolation.class);
    }

    private static Map<String, Long> values(Totals t) {
        Map<String, Long> values = new java.util.HashMap<>();
        for (String code : new String[]{"TRANSFER", "TRANSFER_OUT", "TRANSFER_PROVINCE", "TRANSFER_COUNTY",
                "TRANSFER_POOR", "STABLE", "TRAINED", "TRAINED_EMPLOYED", "INCOME", "COMPLAINT_ON_TIME", "CARD_UPDATE"}) {
            values.put(code, IndicatorValues.actualX100(code, t));
        }
        return values;
    }
}
