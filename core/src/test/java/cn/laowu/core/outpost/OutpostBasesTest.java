package cn.laowu.core.outpost;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.stats.DashboardFigures;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 劳务合作基地 with visits and 专项台账, 会商 records, the reminders of their rhythm, and the figures. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class OutpostBasesTest {

    @Autowired
    CooperationBases bases;
    @Autowired
    Consultations consultations;
    @Autowired
    OutpostReminders reminders;
    @Autowired
    OutpostService outposts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    WorkerService workers;
    @Autowired
    RegionService regions;
    @Autowired
    List<DashboardFigures> figures;
    @Autowired
    Clock clock;

    private TestRegions.Chain chain;
    private RegionScope prefecture;
    private RegionScope county;
    private Actor admin;
    private LocalDate today;
    private Outpost outpost;

    @BeforeEach
    void office() {
        chain = TestRegions.create(regions);
        prefecture = RegionScope.of(chain.prefecture());
        county = RegionScope.of(chain.county());
        admin = new Actor("admin", chain.prefecture().getPath(), null);
        today = ChinaTime.today(clock);
        outpost = outposts.create(admin, prefecture, new NewOutpost("驻长沙服务站", chain.county().getCode(), "岳麓区某路",
                "0731-1234567", null, null, null, null, List.of("430104")));
    }

    @AfterEach
    void close() {
        outposts.close(admin, prefecture, outpost.id());
    }

    @Test
    void aBaseNotVisitedForAQuarterIsRemindedOnceAndAVisitStopsIt() {
        CooperationBases.Base old = bases.mark(admin, county, new CooperationBases.NewBase("岳麓某制造公司", "430104",
                today.minusMonths(5), today.plusYears(2), "长沙", "每年接收100人,包食宿,月薪不低于4500元", outpost.id()));
        CooperationBases.Base fresh = bases.mark(admin, county, new CooperationBases.NewBase("岳麓某物流公司", "430104",
                today.minusMonths(5), null, null, "每年接收30人", outpost.id()));
        bases.visit(admin, county, fresh.id(), new CooperationBases.NewVisit(today.minusDays(10), "张三、李四", 12,
                "两人社保未缴", "下月回访落实社保"));
        assertThat(bases.get(county, fresh.id()).lastVisitedOn()).isEqualTo(today.minusDays(10));

        reminders.sweep(today);
        assertThat(texts(county)).anyMatch(t -> t.contains("岳麓某制造公司") && t.contains("超过一个季度没有走访"))
                .noneMatch(t -> t.contains("岳麓某物流公司"));
        int again = reminders.sweep(today);
        assertThat(texts(county).stream().filter(t -> t.contains("岳麓某制造公司"))).as("once per quarter").hasSize(1);
        assertThat(again).isZero();

        assertThat(bases.visits(county, fresh.id())).extracting(CooperationBases.Visit::problems).containsExactly("两人社保未缴");
        assertThatThrownBy(() -> bases.visit(admin, county, old.id(), new CooperationBases.NewVisit(today.plusDays(1),
                "张三", 1, null, null))).isInstanceOf(RuleViolation.class).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> bases.mark(admin, county, new CooperationBases.NewBase("某厂", "439999", today, null,
                null, "条款", null))).isInstanceOf(RuleViolation.class).hasMessageContaining("没有代码为 439999");
        assertThatThrownBy(() -> bases.mark(admin, county, new CooperationBases.NewBase("某厂", "430104", today,
                today.minusDays(1), null, "条款", null))).hasMessageContaining("到期日");
        assertThat(bases.list(county)).hasSize(2);

        // The figures count the visit for the outpost.
        assertThat(figures.stream().flatMap(f -> f.figures(prefecture, Year.from(today)).stream())
                .filter(f -> f.key().equals("outpost_" + outpost.id() + "_visits")).findFirst().orElseThrow().value())
                .isEqualTo(1);
    }

    @Test
    void theLedgerListsThePovertyRegisteredWorkersAtTheBaseNow() {
        CooperationBases.Base base = bases.mark(admin, county, new CooperationBases.NewBase("岳麓某制造公司", "430104",
                today, null, null, "接收建档立卡人员优先", outpost.id()));
        Worker poor = worker("建档户", true);
        Worker other = worker("一般户", false);
        Worker elsewhere = worker("别家", true);
        workplaces.recordText(poor.getId(), "长沙岳麓", "岳麓某制造公司", WorkplaceSource.PLACEMENT);
        workplaces.recordText(other.getId(), "长沙岳麓", "岳麓某制造公司", WorkplaceSource.PLACEMENT);
        workplaces.recordText(elsewhere.getId(), "长沙岳麓", "另一家厂", WorkplaceSource.PLACEMENT);
        assertThat(bases.ledger(county, base.id())).extracting(CooperationBases.LedgerLine::workerId)
                .containsExactly(poor.getId());
        assertThat(bases.ledger(county, base.id()).get(0).idNumberMasked()).contains("*");
    }

    @Test
    void consultationsAreRemindedByTheRhythmOfTheirLevel() {
        Outpost byPrefecture = outposts.create(admin, prefecture, new NewOutpost("驻浏阳服务站", chain.prefecture().getCode(),
                "浏阳某路", "0731-7654321", null, null, null, null, List.of("430181")));
        try {
            reminders.sweep(today.plusMonths(4));
            assertThat(texts(county)).anyMatch(t -> t.contains(chain.county().getName() + "每季度要与输入地会商一次"));
            assertThat(texts(prefecture)).noneMatch(t -> t.contains(chain.prefecture().getName() + "每半年"));
            reminders.sweep(today.plusMonths(7));
            assertThat(texts(prefecture)).anyMatch(t -> t.contains(chain.prefecture().getName() + "每半年要与输入地会商一次"));

            consultations.record(admin, county, new Consultations.NewConsultation(today, "长沙市岳麓区人社局",
                    "县人社局王局长、岳麓区人社局李科长", "欠薪线索互通", "建立月度通报", List.of(
                    new Consultations.FollowUp("建立通报群", "王干事", today.plusDays(14)))));
            assertThat(consultations.lastHeld(chain.county().getCode())).isEqualTo(today);
            long before = texts(county).size();
            reminders.sweep(today.plusMonths(2));
            assertThat(texts(county)).hasSize((int) before);
            assertThatThrownBy(() -> consultations.record(admin, county, new Consultations.NewConsultation(today,
                    "某市", "某人", "事项", null, List.of(new Consultations.FollowUp("事", "人", null)))))
                    .hasMessageContaining("完成日期");
        } finally {
            outposts.close(admin, prefecture, byPrefecture.id());
        }
    }

    private List<String> texts(RegionScope scope) {
        return reminders.list(scope).stream().map(OutpostReminders.Reminder::text).toList();
    }

    private Worker worker(String name, boolean poor) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker(name, TestIds.bornIn(1980 + random.nextInt(20)),
                null, chain.village().getCode(), poor));
    }
}
