package cn.laowu.embedded.demo;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.Conclusion;
import cn.laowu.core.region.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Complaints from workers of the first village: a fresh wage case, one against 华联电子 (a
 * partner employer, so its new jobs wait for the county's clearance) being handled, and an
 * injury concluded and waiting for the worker's rating.
 */
@Component
class ComplaintSeed implements DemoSeed {

    private final ComplaintFiling filing;
    private final ComplaintOffice officeWork;
    private final JdbcTemplate jdbc;

    ComplaintSeed(ComplaintFiling filing, ComplaintOffice officeWork, JdbcTemplate jdbc) {
        this.filing = filing;
        this.officeWork = officeWork;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public void seed() {
        List<Long> workers = jdbc.queryForList("SELECT id FROM worker ORDER BY id LIMIT 3", Long.class);
        if (workers.size() < 3) {
            return;
        }
        filing.file(who(workers.get(0)), new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null,
                "包工头杨某(吉首经开区工地)", "吉首市", "今年8月", 9_600L, 6, "工地完工两个月,包工头一直拖着不结账,电话也不接。",
                List.of(), null));

        Complaint handled = filing.file(who(workers.get(1)), new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null,
                "华联电子", "广东东莞", "3个月", 15_000L, 2, "离职后最后两个月工资没发,厂里说要等老板签字。", List.of(), null))
                .complaint();
        RegionScope township = new RegionScope(handled.getOwnerRegionPath());
        Actor clerk = new Actor("demo-township", handled.getOwnerRegionPath(), null);
        officeWork.answer(clerk, township, handled.getId(), "已联系东莞驻外劳务服务站,正在和厂方人事部核对工资表。");

        Complaint injury = filing.file(who(workers.get(2)), new ComplaintFiling.NewComplaint(ComplaintKind.INJURY, null,
                null, "宁波申洲针织", "浙江宁波", "上个月", null, null, "搬货时腰部扭伤住院,厂里不给报工伤。", List.of(), null))
                .complaint();
        RegionScope home = new RegionScope(injury.getOwnerRegionPath());
        Actor officer = new Actor("demo-township", injury.getOwnerRegionPath(), null);
        officeWork.answer(officer, home, injury.getId(), "已请宁波驻外服务站陪同去人社局申请工伤认定。");
        officeWork.conclude(officer, home, injury.getId(), new ComplaintOffice.Outcome(Conclusion.INJURY_ASSISTED,
                "工伤认定申请已受理,医疗费由厂方先行垫付。", null, 1));
    }

    private static ComplaintFiling.Complainant who(long workerId) {
        return new ComplaintFiling.Complainant(null, null, workerId);
    }
}
