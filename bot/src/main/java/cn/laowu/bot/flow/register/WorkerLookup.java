package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who the person in the chat is in the archive: the worker bound to their follower record, if any. */
@Component
public class WorkerLookup {

    private final FollowerService followers;
    private final WorkerService workers;

    public WorkerLookup(FollowerService followers, WorkerService workers) {
        this.followers = followers;
        this.workers = workers;
    }

    public Optional<Worker> of(DialogContext ctx) {
        return followers.workerOf(ctx.appid(), ctx.openid()).flatMap(workers::find);
    }

    public void bind(DialogContext ctx, long workerId) {
        followers.seen(ctx.appid(), ctx.openid());
        followers.bindWorker(ctx.appid(), ctx.openid(), workerId);
    }
}
