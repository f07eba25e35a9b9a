package cn.laowu.bot.flow.outpost;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.outpost.DestinationDivision;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * "我现在在东莞长安": the worker tells us where they work now. We keep it (with the date), and
 * name the outpost there, so that help on the spot is one call away.
 */
@Component
public class WorkplaceFlow implements Flow {

    public static final String ID = "workplace";
    private static final String WHERE = "where";

    private final DestinationDivisions divisions;
    private final WorkplaceService workplaces;
    private final OutpostService outposts;
    private final WorkerLookup lookup;

    WorkplaceFlow(DestinationDivisions divisions, WorkplaceService workplaces, OutpostService outposts,
                  WorkerLookup lookup) {
        this.divisions = divisions;
        this.workplaces = workplaces;
        this.outposts = outposts;
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), WHERE);
        return Reply.text("您现在在哪里务工?请说城市和镇(区),比如:东莞长安。也可以发位置给我。");
    }

    @Override
    public Reply start(DialogContext ctx, String text) {
        return divisions.read(text).map(place -> told(ctx, place)).orElseGet(() -> start(ctx));
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return null;
        }
        Optional<DestinationDivision> place = divisions.read(input.text());
        if (place.isEmpty()) {
            return Reply.text("没认出这个地方。请说城市和镇(区),比如:宁波北仑;回复 取消 退出。");
        }
        return told(ctx, place.get());
    }

    private Reply told(DialogContext ctx, DestinationDivision place) {
        ctx.exit();
        String name = divisions.fullName(place);
        Optional<Worker> worker = lookup.of(ctx);
        StringBuilder out = new StringBuilder();
        if (worker.isPresent()) {
            workplaces.record(worker.get().getId(), place, null, WorkplaceSource.CHAT);
            out.append("记下了:您现在在").append(name).append("。");
        } else {
            out.append("好的,您在").append(name).append("。实名登记后我们才能记下,回复 登记。");
        }
        outposts.serving(place.path()).ifPresent(o -> out.append('\n').append(OutpostReplies.card(o, null, null))
                .append("\n遇到欠薪、工伤,可以直接找他们。"));
        return Reply.text(out.toString());
    }
}
