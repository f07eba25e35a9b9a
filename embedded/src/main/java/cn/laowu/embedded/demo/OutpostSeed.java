package cn.laowu.embedded.demo;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outpost.CooperationBases;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.Consultations;
import cn.laowu.core.outpost.OutpostJobs;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 湘西州驻东莞劳务服务中心 (where the demo's 电子厂 jobs are), its 站长 (account dongguan), workers
 * placed at 华联电子 in 长安, and 华联电子 as a 劳务合作基地 with a visit. Runs before the complaints,
 * so the 华联电子 wage case is co-handled by the centre.
 */
@Component
class OutpostSeed implements DemoSeed {

    private final OutpostService outposts;
    private final WorkplaceService workplaces;
    private final CooperationBases bases;
    private final RegionService regions;
    private final StaffService staff;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Consultations consultations;
    private final OutpostJobs outpostJobs;

    OutpostSeed(OutpostService outposts, WorkplaceService workplaces, CooperationBases bases, RegionService regions,
                StaffService staff, JdbcTemplate jdbc, Clock clock, Consultations consultations, OutpostJobs outpostJobs) {
        this.consultations = consultations;
        this.outpostJobs = outpostJobs;
        this.outposts = outposts;
        this.workplaces = workplaces;
        this.bases = bases;
        this.regions = regions;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void seed() {
        if (regions.find("433100").isEmpty()) {
            return;
        }
        RegionScope prefecture = RegionScope.of(regions.get("433100"));
        Actor admin = new Actor("demo-prefecture", prefecture.path(), null);
        Outpost o = outposts.create(admin, prefecture, new NewOutpost("湘西州驻东莞劳务服务中心", "433100",
                "东莞市长安镇长青南路1号人力资源市场二楼", "0769-85390001", "周一至周六 9:00-18:00", 22.816, 113.804,
                null, List.of("441900")));
        staff.findByUsername("dongguan").ifPresent(head -> jdbc.update("INSERT INTO outpost_staff (staff_account_id, "
                + "outpost_id, role, phone) VALUES (?, ?, ?, ?)", head.getId(), o.id(), OutpostRole.HEAD.name(), "13800007690"));
        // The first workers (the complaints' too) work at 华联电子 in 长安; two more elsewhere in 东莞.
        List<Long> ids = jdbc.queryForList("SELECT id FROM worker ORDER BY id LIMIT 8", Long.class);
        for (int i = 0; i < ids.size(); i++) {
            String place = i < 6 ? "东莞长安" : "东莞虎门";
            workplaces.recordText(ids.get(i), place, i < 6 ? "东莞市华联电子有限公司" : "虎门某服装厂", WorkplaceSource.PLACEMENT);
        }
        LocalDate today = ChinaTime.today(clock);
        var base = bases.mark(admin, prefecture, new CooperationBases.NewBase("东莞市华联电子有限公司", "441900119",
                today.minusMonths(8), today.plusYears(2), "吉首", "每年接收湘西籍务工人员不少于100人;包食宿;"
                + "建档立卡人员优先录用并缴纳社保;欠薪由驻外中心协调处理。", o.id()));
        bases.visit(admin, prefecture, base.id(), new CooperationBases.NewVisit(today.minusMonths(4), "向站长、龙干事", 23,
                "宿舍热水器坏了两台;两名新员工社保未缴。", "厂方承诺两周内修好热水器,下月核对社保缴纳名单。"));
        consultations.record(admin, prefecture, new Consultations.NewConsultation(today.minusMonths(2), "东莞市人力资源和社会保障局",
                "州人社局劳务办、东莞市人社局就业科、驻东莞中心向站长", "欠薪线索互通;长安镇企业用工需求对接",
                "每月互通一次欠薪线索", List.of(new Consultations.FollowUp("建立欠薪线索互通群", "龙干事",
                today.plusDays(10)))));
        // A job the centre collected in 长安: a draft for the 州 to vet, as any job.
        staff.findByUsername("dongguan").flatMap(head -> outposts.scopeOf(head.getId())).ifPresent(scope ->
                outpostJobs.collect(new Actor(scope.username(), prefecture.path(), null), scope, new OutpostJobs.Collected(
                        "东莞市长安某模具有限公司", "东莞市长安镇乌沙社区", "人事部 0769-85390099", "模具学徒", "制造",
                        "东莞长安", 4500, 6500, "包住,餐补", 6)));
    }
}
