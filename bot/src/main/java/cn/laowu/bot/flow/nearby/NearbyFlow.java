package cn.laowu.bot.flow.nearby;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.jobs.JobReplies;
import cn.laowu.bot.flow.jobs.JobsFlow;
import cn.laowu.bot.flow.outpost.OutpostNearby;
import cn.laowu.core.job.JobService;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.station.StationService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 附近的就业服务站: from a shared location, the nearest stations (distance, phone, hours, one line
 * each) and up to three local jobs of the nearest one's county, numbered so that a number opens
 * one. Short on purpose: it is read on a phone, often standing at the roadside.
 */
@Component
public class NearbyFlow implements Flow {

    public static final String ID = "nearby";

    private static final String WHERE = "where";
    private static final String JOBS = "jobs";
    private static final int STATIONS = 2;
    private static final int LOCAL_JOBS = 3;
    /** What a phone shows without scrolling, about. */
    static final int SHORT = 150;

    private final StationService stations;
    private final JobSearch jobs;
    private final JobsFlow jobsFlow;
    private final OutpostNearby outposts;
    private final PlaceStations places;

    public NearbyFlow(StationService stations, JobSearch jobs, JobsFlow jobsFlow, OutpostNearby outposts,
                      PlaceStations places) {
        this.stations = stations;
        this.jobs = jobs;
        this.jobsFlow = jobsFlow;
        this.outposts = outposts;
        this.places = places;
    }

    /** "花垣县的服务站在哪里": that place's station at once; no place named, the location is asked for. */
    @Override
    public Reply start(DialogContext ctx, String text) {
        Optional<String> named = text == null ? Optional.empty() : places.answer(ctx, text);
        if (named.isPresent()) {
            ctx.exit();
            return Reply.text(named.get());
        }
        return start(ctx);
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return WHERE.equals(ctx.state().getStep()) ? AnswerShape.PLACE : AnswerShape.CHOICE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean takesLocation() {
        return true;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), WHERE);
        return Reply.text("请把您的位置发给我:点输入框旁边的 + 号,选“位置”,再点发送。我帮您找最近的就业服务站。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (input.kind() == UserInput.Kind.LOCATION) {
            return located(ctx, input);
        }
        if (JOBS.equals(ctx.state().getStep())) {
            return openJob(ctx, input);
        }
        Optional<String> named = input.isText() ? places.answer(ctx, input.text()) : Optional.empty();
        if (named.isPresent()) {
            ctx.exit();
            return Reply.text(named.get());
        }
        return Reply.text("还没收到位置。点输入框旁边的 + 号,选“位置”发给我,或打县、乡镇的名字;回复 取消 退出。");
    }

    private Reply located(DialogContext ctx, UserInput input) {
        if (!onEarth(input.latitude(), input.longitude())) {
            ctx.enter(id(), WHERE);
            return Reply.text("这个位置看不清。请再发一次位置:点输入框旁边的 + 号,选“位置”;回复 取消 退出。");
        }
        ctx.exit();
        // Where our workers work, the outpost there comes first: it can act on the spot.
        Optional<OutpostNearby.Here> outpost = outposts.at(ctx, input.latitude(), input.longitude(), LOCAL_JOBS);
        if (outpost.isPresent()) {
            return outpostHere(ctx, outpost.get());
        }
        List<StationService.Nearby> nearest = stations.nearest(input.latitude(), input.longitude(), STATIONS);
        if (nearest.isEmpty()) {
            return Reply.text("您附近200公里内还没有登记的就业服务站。可以拨打12333咨询,或回复 找工作 看岗位。");
        }
        List<JobService.JobCard> local = jobs.localJobs(countyPath(nearest.get(0).station().getRegionPath()), LOCAL_JOBS);
        if (!local.isEmpty()) {
            ctx.enter(id(), JOBS);
            ctx.state().getData().put("ids", String.join(",",
                    local.stream().map(card -> String.valueOf(card.job().getId())).toList()));
        }
        String reply = render(nearest, local);
        // Short beats complete on a phone: the second station goes first when the reply runs long.
        return Reply.text(reply.length() > SHORT && nearest.size() > 1 ? render(nearest.subList(0, 1), local) : reply);
    }

    /** Where our workers work: the outpost there (it can act on the spot) and the jobs it collected there. */
    private Reply outpostHere(DialogContext ctx, OutpostNearby.Here here) {
        StringBuilder out = new StringBuilder(here.card());
        if (here.jobs().isEmpty()) {
            return Reply.text(out.append("\n回复 找工作 看岗位。").toString());
        }
        ctx.enter(id(), JOBS);
        ctx.state().getData().put("ids", String.join(",",
                here.jobs().stream().map(card -> String.valueOf(card.job().getId())).toList()));
        out.append("\n当地岗位:");
        int n = 0;
        for (JobService.JobCard card : here.jobs()) {
            out.append('\n').append(++n).append(". ").append(card.job().getTitle()).append(' ')
                    .append(JobReplies.wage(card.job()));
        }
        return Reply.text(out.append("\n回复序号看岗位详情").toString());
    }

    static String render(List<StationService.Nearby> nearest, List<JobService.JobCard> local) {
        StringBuilder out = new StringBuilder("最近的就业服务站:");
        String hoursAbove = null;
        for (StationService.Nearby nearby : nearest) {
            var s = nearby.station();
            out.append("\n·").append(s.getName()).append(' ').append(distance(nearby.distanceKm()));
            if (nearby.phone() != null) {
                out.append(" 电话").append(nearby.phone());
            }
            if (s.getHours() != null) {
                out.append(' ').append(s.getHours().equals(hoursAbove) ? "时间同上" : s.getHours());
            }
            hoursAbove = s.getHours();
        }
        if (!local.isEmpty()) {
            out.append("\n附近岗位:");
            int n = 0;
            for (JobService.JobCard card : local) {
                out.append('\n').append(++n).append(". ").append(card.job().getTitle()).append(' ')
                        .append(JobReplies.wage(card.job()));
            }
            out.append("\n回复序号看岗位详情");
        }
        return out.toString();
    }

    /** A number opens that nearby job in the jobs dialog (报名, 返回 work there); other words are read afresh. */
    private Reply openJob(DialogContext ctx, UserInput input) {
        List<String> ids = List.of(ctx.state().getData().getOrDefault("ids", "").split(","));
        OptionalInt choice = input.isText() ? ChoiceParser.parse(input.text()) : OptionalInt.empty();
        if (choice.isEmpty()) {
            return null;
        }
        if (choice.getAsInt() > ids.size()) {
            return Reply.text("没有第" + choice.getAsInt() + "个。请回复 1" + (ids.size() > 1 ? "-" + ids.size() : "")
                    + " 看岗位详情,回复 找工作 看全部岗位。");
        }
        return jobsFlow.show(ctx, Long.parseLong(ids.get(choice.getAsInt() - 1)));
    }

    /** WeChat sends decimal degrees; anything else (NaN, Infinity, 1e308) would only reach SQL as garbage. */
    static boolean onEarth(Double latitude, Double longitude) {
        return latitude != null && longitude != null && Double.isFinite(latitude) && Double.isFinite(longitude)
                && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }

    private static String distance(double km) {
        return km < 1 ? Math.round(km * 1000) + "米" : km < 10 ? String.format("%.1f公里", km) : Math.round(km) + "公里";
    }

    /** "/433100/433101/433101102/" → "/433100/433101/": the county, whose office posts local jobs. */
    static String countyPath(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] + "/" : path;
    }
}
