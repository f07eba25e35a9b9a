package cn.laowu.bot.flow.broker;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.bot.flow.jobs.JobsFlow;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.broker.Scene;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** A broker sharing a job ({@code j:12:b:7}): the follower is credited and sees the job at once. 30 days. */
@Component
class JobShareScan implements SceneHandler {

    static final Duration LIFETIME = Duration.ofDays(30);

    private final BrokerService brokers;
    private final JobsFlow jobs;

    JobShareScan(BrokerService brokers, JobsFlow jobs) {
        this.brokers = brokers;
        this.jobs = jobs;
    }

    @Override
    public String prefix() {
        return "j:";
    }

    @Override
    public boolean accepts(String scene) {
        return Scene.parse(scene).filter(s -> s.kind() == Scene.Kind.JOB_SHARE).isPresent();
    }

    @Override
    public Duration lifetime() {
        return LIFETIME;
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        Scene share = Scene.parse(scene).orElseThrow();
        brokers.attribute(ctx.appid(), ctx.openid(), share.brokerId());
        return Reply.text(greeting.text() + "\n\n老乡给您分享了一个岗位:\n" + jobs.show(ctx, share.jobId()).text());
    }
}
