package cn.laowu.core.progress;

import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffWeChat;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * When a month's 调度 is taken, every staff member who bound their WeChat gets one summary of their
 * unit through the outbox (a service notice; its source makes it once per snapshot and person).
 */
@Component
class DispatchSummaries {

    private final StaffWeChat staff;
    private final RegionService regions;
    private final IndicatorCatalogue catalogue;
    private final Outbox outbox;

    DispatchSummaries(StaffWeChat staff, RegionService regions, IndicatorCatalogue catalogue, Outbox outbox) {
        this.staff = staff;
        this.regions = regions;
        this.catalogue = catalogue;
        this.outbox = outbox;
    }

    /** Runs in the snapshot's transaction: no snapshot, no summary. */
    @EventListener
    void taken(DispatchTaken event) {
        Snapshot snapshot = event.snapshot();
        List<Indicator> indicators = catalogue.active();
        for (StaffWeChat.Binding binding : staff.bound()) {
            Region unit = regions.find(binding.regionCode()).orElse(null);
            if (unit == null) {
                continue;
            }
            Map<String, SnapshotRow> rows = event.snapshots().table(snapshot, unit).getOrDefault(unit.getCode(), Map.of());
            if (rows.isEmpty()) {
                continue;
            }
            // A template message has three short fields (20 characters): the unit, the count behind, the
            // time progress with what is behind; the whole sheet goes when the chat window is open.
            List<String> behind = indicators.stream().filter(i -> rows.containsKey(i.code()) && rows.get(i.code()).behind())
                    .map(Indicator::name).toList();
            outbox.toFollower(binding.appid(), binding.openid(), Message.single(
                    "dispatch:" + snapshot.id() + ":staff:" + binding.staffId(),
                    unit.getName() + snapshot.month() + "月调度", behind.isEmpty() ? "无滞后" : "滞后" + behind.size() + "项",
                    "时间进度" + percent(snapshot.timePermille())
                            + (behind.isEmpty() ? ",各项未滞后" : ",滞后:" + String.join("、", behind)),
                    body(snapshot, unit, indicators, rows)));
        }
    }

    static String body(Snapshot snapshot, Region unit, List<Indicator> indicators, Map<String, SnapshotRow> rows) {
        StringBuilder out = new StringBuilder(unit.getName()).append(snapshot.label()).append("调度\n时间进度 ")
                .append(percent(snapshot.timePermille()));
        for (Indicator indicator : indicators) {
            SnapshotRow row = rows.get(indicator.code());
            if (row == null) {
                continue;
            }
            out.append('\n').append(indicator.name()).append(' ').append(IndicatorValues.format(indicator, row.actualX100()))
                    .append(row.completionPermille() == null ? ",未定目标" : ",完成" + percent(row.completionPermille()))
                    .append(row.behind() ? " 【滞后】" : "");
        }
        return out.append("\n详情请登录平台「调度」查看。").toString();
    }

    private static String percent(int permille) {
        return String.format("%.1f%%", permille / 10.0);
    }
}
