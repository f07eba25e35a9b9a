package cn.laowu.core.target;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 目标责任书: the split and its warnings, 签订 freezing a version, new versions with reasons, bad input. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class TargetServiceTest {

    @Autowired
    RegionService regions;
    @Autowired
    TargetService targets;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private TestRegions.Chain chain;
    private Region township2;
    private Actor zhou;
    private Actor county;
    private Actor town;
    private RegionScope zhouScope;
    private RegionScope countyScope;
    private RegionScope townScope;

    @BeforeEach
    void setUp() {
        chain = TestRegions.create(regions);
        township2 = regions.create(chain.county().getCode() + "102", "二镇", chain.county().getCode(), 1);
        zhou = new Actor("zhou", chain.prefecture().getPath(), "127.0.0.1");
        county = new Actor("county", chain.county().getPath(), "127.0.0.1");
        town = new Actor("town", chain.township().getPath(), "127.0.0.1");
        zhouScope = RegionScope.of(chain.prefecture());
        countyScope = RegionScope.of(chain.county());
        townScope = RegionScope.of(chain.township());
    }

    @Test
    void theCatalogueIsSeededWithDefinitions() {
        assertThat(catalogue.active()).extracting(Indicator::code).containsExactly("TRANSFER", "TRANSFER_OUT",
                "TRANSFER_PROVINCE", "TRANSFER_COUNTY", "TRANSFER_POOR", "STABLE", "TRAINED", "TRAINED_EMPLOYED",
                "INCOME", "COMPLAINT_ON_TIME", "CARD_UPDATE");
        assertThat(catalogue.active()).allSatisfy(i -> assertThat(i.definition()).hasSizeGreaterThan(15));
    }

    @Test
    void aCeilingSplitOverTheParentsIsWarned() {
        Indicator cases = catalogue.add(zhou, new IndicatorCatalogue.Form("欠薪案件数" + System.nanoTime() % 100000, "人",
                "受理的欠薪投诉件数,越少越好", false));
        try {
            targets.set(zhou, zhouScope, 2026, chain.county().getCode(), Map.of(cases.code(), "10"), null);
            targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of(cases.code(), "6"), null);
            targets.set(county, countyScope, 2026, township2.getCode(), Map.of(cases.code(), "6"), null);
            assertThat(targets.split(countyScope, 2026, chain.county().getCode()).warnings())
                    .containsExactly(cases.name() + ":下级合计12人,超过本级上限10人,多出2人");
            // under the ceiling is no shortfall
            targets.set(county, countyScope, 2026, township2.getCode(), Map.of(cases.code(), "3"), null);
            assertThat(targets.split(countyScope, 2026, chain.county().getCode()).warnings()).isEmpty();
        } finally {
            catalogue.setActive(zhou, cases.code(), false);
        }
    }

    @Test
    void aSplitShortOfTheParentsTargetIsWarned() {
        targets.set(zhou, zhouScope, 2026, chain.county().getCode(), Map.of("TRANSFER", "1000", "COMPLAINT_ON_TIME", "90"), null);
        targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of("TRANSFER", "600", "COMPLAINT_ON_TIME", "95"), null);
        targets.set(county, countyScope, 2026, township2.getCode(), Map.of("TRANSFER", "300", "COMPLAINT_ON_TIME", "85"), null);

        TargetService.Split split = targets.split(countyScope, 2026, chain.county().getCode());
        assertThat(split.sums()).containsEntry("TRANSFER", 900L);
        assertThat(split.warnings()).containsExactly("转移就业人数:下级合计900人,少于本级目标1000人,还差100人",
                "投诉按时办结率:二镇定为85%,低于本级目标90%");

        targets.set(county, countyScope, 2026, township2.getCode(), Map.of("TRANSFER", "400", "COMPLAINT_ON_TIME", "90"), null);
        assertThat(targets.split(countyScope, 2026, chain.county().getCode()).warnings()).isEmpty();
    }

    @Test
    void confirmingFreezesAVersionAndAChangeIsANewVersionWithItsReason() {
        TargetBook first = targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of("TRANSFER", "100"), null);
        assertThat(first.version()).isEqualTo(1);
        // before 签订 the parent may still correct it: same version
        TargetBook corrected = targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of("TRANSFER", "120"), null);
        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(corrected.values()).containsExactly(Map.entry("TRANSFER", 120L));

        TargetBook signed = targets.confirm(town, townScope, 2026);
        assertThat(signed.confirmed()).isTrue();
        assertThat(signed.confirmedBy()).isEqualTo("town");
        assertThatThrownBy(() -> targets.confirm(town, townScope, 2026)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已经签订");

        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of("TRANSFER", "150"), " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已签订,不能直接修改");
        TargetBook second = targets.set(county, countyScope, 2026, chain.township().getCode(), Map.of("TRANSFER", "150"),
                "县里追加任务");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("县里追加任务");
        assertThat(second.confirmed()).isFalse();
        assertThat(targets.versions(countyScope, 2026, chain.township().getCode()))
                .extracting(TargetBook::version, b -> b.values().get("TRANSFER"), TargetBook::confirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 150L, false),
                        org.assertj.core.groups.Tuple.tuple(1, 120L, true));
        assertThat(targets.confirmed(2026, chain.township().getCode()).orElseThrow().version()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'target_book' AND entity_id IN (?, ?)",
                Long.class, first.id(), second.id())).isEqualTo(4);
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        String t = chain.township().getCode();
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, t, Map.of("TRANSFER", "-5"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能是负数");
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, t, Map.of("TRANSFER", "12.5"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("应填整数");
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, t, Map.of("CARD_UPDATE", "101"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能超过100");
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, t, Map.of("TRANSFER", " "), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("至少填写一项");
        // a township cannot set its own targets, nor a county those of a region outside it
        assertThatThrownBy(() -> targets.set(town, townScope, 2026, t, Map.of("TRANSFER", "10"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能自己设定");
        TestRegions.Chain other = TestRegions.create(regions);
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, other.township().getCode(), Map.of("TRANSFER", "10"), null))
                .isInstanceOf(NotFoundInScope.class);
        // only direct children: the 州 does not set a township's targets over the county's head
        assertThatThrownBy(() -> targets.set(zhou, zhouScope, 2026, t, Map.of("TRANSFER", "10"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("直属下级");
        assertThatThrownBy(() -> targets.confirm(town, townScope, 2026)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("还没有下达");
        assertThatThrownBy(() -> targets.set(county, countyScope, 2026, chain.county().getCode(), Map.of("TRANSFER", "10"), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能自己设定");
        // the 州 records the province's targets for itself
        assertThat(targets.set(zhou, zhouScope, 2026, chain.prefecture().getCode(), Map.of("TRANSFER", "10"), null)
                .version()).isEqualTo(1);
        assertThat(targets.current(2026, t)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_book WHERE region_code = ?", Long.class, t)).isZero();
    }
}
