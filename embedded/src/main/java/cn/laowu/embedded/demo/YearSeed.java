package cn.laowu.embedded.demo;

import cn.laowu.core.assessment.AssessmentService;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.staff.StaffWeChat;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.target.TargetService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The year for the 湘西 demo: this year's targets down the tree (州 → 县 signed, 吉首市 → its
 * townships, one split short so the warning shows), the 调度 of the two months before this one,
 * and last year's assessment run and published. 州管, 县管 and 领导 have bound their WeChat, so each
 * month's 调度 queues their unit's summary in the outbox.
 */
@Component
class YearSeed implements DemoSeed {

    private static final String ZHOU = "433100";
    private static final String JISHOU = "433101";
    /** The demo's official account (EmbeddedServersPostProcessor) */
    private static final String APPID = "wxdemo0000000001";

    private final TargetService targets;
    private final DispatchSnapshots snapshots;
    private final AssessmentService assessments;
    private final RegionService regions;
    private final Clock clock;
    private final StaffService staff;
    private final StaffWeChat staffWeChat;

    YearSeed(TargetService targets, DispatchSnapshots snapshots, AssessmentService assessments, RegionService regions,
             Clock clock, StaffService staff, StaffWeChat staffWeChat) {
        this.staff = staff;
        this.staffWeChat = staffWeChat;
        this.targets = targets;
        this.snapshots = snapshots;
        this.assessments = assessments;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void seed() {
        LocalDate today = ChinaTime.today(clock);
        int year = today.getYear();
        Region zhou = regions.get(ZHOU);
        Actor zhouActor = new Actor("zhou", zhou.getPath(), null);
        RegionScope zhouScope = RegionScope.of(zhou);
        for (int y : new int[]{year - 1, year}) {
            targets.set(zhouActor, zhouScope, y, ZHOU, goals(20000, 0.5), null);
            List<Region> counties = regions.children(ZHOU);
            for (int i = 0; i < counties.size(); i++) {
                Region county = counties.get(i);
                // 吉首市 carries the most; the split adds up to the 州's 20,000
                targets.set(zhouActor, zhouScope, y, county.getCode(), goals(i == 0 ? 3200 : 2400, 0.5), null);
                targets.confirm(new Actor(county.getCode(), county.getPath(), null), RegionScope.of(county), y);
            }
        }
        Region jishou = regions.get(JISHOU);
        Actor jishouActor = new Actor("jishou", jishou.getPath(), null);
        List<Region> townships = regions.children(JISHOU);
        for (int i = 0; i < townships.size(); i++) {
            // 3 × 900 = 2,700 of 吉首市's 3,200: the page warns that the split falls short
            targets.set(jishouActor, RegionScope.of(jishou), year, townships.get(i).getCode(), goals(900, 0.5), null);
        }
        Region aizhai = regions.get("433101102");
        targets.confirm(new Actor("aizhai", aizhai.getPath(), null), RegionScope.of(aizhai), year);

        for (String username : List.of("zhou", "jishou", "lingdao")) {
            // as if each had scanned their one-time code in 绑定微信
            staff.findByUsername(username).ifPresent(account -> staffWeChat.bind(APPID, "o-demo-staff-" + username,
                    staffWeChat.issue(new Actor(username, account.getRegionPath(), null), account.getId())));
        }
        LocalDate first = today.withDayOfMonth(1);
        for (LocalDate month : new LocalDate[]{first.minusMonths(2), first.minusMonths(1)}) {
            snapshots.take(Actor.system(zhou.getPath()), month.getYear(), month.getMonthValue());
        }
        assessments.run(zhouActor, zhouScope, year - 1);
        assessments.publish(zhouActor, zhouScope, year - 1);
    }

    /** A unit's targets from its 转移就业 figure: parts and the other indicators in proportion. */
    private static Map<String, String> goals(int transfer, double outShare) {
        int out = (int) Math.round(transfer * outShare);
        int county = transfer / 5;
        return Map.ofEntries(
                Map.entry("TRANSFER", String.valueOf(transfer)),
                Map.entry("TRANSFER_OUT", String.valueOf(out)),
                Map.entry("TRANSFER_PROVINCE", String.valueOf(transfer - out - county)),
                Map.entry("TRANSFER_COUNTY", String.valueOf(county)),
                Map.entry("TRANSFER_POOR", String.valueOf(transfer * 3 / 10)),
                Map.entry("STABLE", String.valueOf(transfer * 6 / 10)),
                Map.entry("TRAINED", String.valueOf(transfer / 2)),
                Map.entry("TRAINED_EMPLOYED", String.valueOf(transfer / 4)),
                Map.entry("INCOME", String.valueOf(transfer * 5)),
                Map.entry("COMPLAINT_ON_TIME", "90"),
                Map.entry("CARD_UPDATE", "95"));
    }
}
