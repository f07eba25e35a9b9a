package cn.laowu.bot.flow.nearby;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.jobs.JobReplies;
import cn.laowu.core.job.JobService;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.station.StationService;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * 附近的就业服务站: from a shared location, the nearest stations (distance, address, phone,
 * hours) and the local jobs of the nearest one's county.
 */
@Component
public class NearbyFlow implements Flow {

    public static final String ID = "nearby";

    private final StationService stations;
    private final JobSearch jobs;

    public NearbyFlow(StationService stations, JobSearch jobs) {
        this.stations = stations;
        this.jobs = jobs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), "where");
        return Reply.text("请把您的位置发给我:点输入框旁边的 + 号,选“位置”,再点发送。我帮您找最近的就业服务站。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (input.kind() != UserInput.Kind.LOCATION) {
            return Reply.text("还没收到位置。点输入框旁边的 + 号,选“位置”发给我;回复 取消 退出。");
        }
        if (!onEarth(input.latitude(), input.longitude())) {
            return Reply.text("这个位置看不清。请再发一次位置:点输入框旁边的 + 号,选“位置”;回复 取消 退出。");
        }
        ctx.exit();
        List<StationService.Nearby> nearest = stations.nearest(input.latitude(), input.longitude(), 3);
        if (nearest.isEmpty()) {
            return Reply.text("您附近200公里内还没有登记的就业服务站。可以拨打12333咨询,或回复 找工作 看岗位。");
        }
        StringBuilder out = new StringBuilder("离您最近的就业服务站:");
        int n = 0;
        for (StationService.Nearby nearby : nearest) {
            var s = nearby.station();
            out.append('\n').append(++n).append(". ").append(s.getName()).append("(约")
                    .append(distance(nearby.distanceKm())).append(")\n   ").append(s.getAddress());
            if (s.getPhone() != null) {
                out.append(" · 电话 ").append(s.getPhone());
            }
            if (s.getHours() != null) {
                out.append(" · ").append(s.getHours());
            }
        }
        List<JobService.JobCard> local = jobs.localJobs(countyPath(nearest.get(0).station().getRegionPath()), 3);
        if (!local.isEmpty()) {
            out.append("\n\n附近的岗位:");
            for (JobService.JobCard card : local) {
                out.append("\n· ").append(JobReplies.line(card));
            }
            out.append("\n回复 找工作 看全部岗位。");
        }
        return Reply.text(out.toString());
    }

    /** WeChat sends decimal degrees; anything else (NaN, Infinity, 1e308) would only reach SQL as garbage. */
    static boolean onEarth(Double latitude, Double longitude) {
        return latitude != null && longitude != null && Double.isFinite(latitude) && Double.isFinite(longitude)
                && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }

    private static String distance(double km) {
        return km < 1 ? Math.round(km * 1000) + "米" : String.format("%.1f公里", km);
    }

    /** "/433100/433101/433101102/" → "/433100/433101/": the county, whose office posts local jobs. */
    static String countyPath(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] + "/" : path;
    }
}
