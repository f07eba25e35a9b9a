package cn.laowu.bot.h5;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.bot.flow.jobs.JobsFlow;
import cn.laowu.core.broker.BrokerService;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The QR code a job page shows to someone who must go to the chat to apply ({@code jp:12}, or
 * {@code jp:12:b:7} when they came through broker 7's link): scanning it follows the account if
 * needed, credits the broker (first touch) and opens the job in chat, where 报名 works as usual
 * (registering first when needed). Temporary: 30 days.
 */
@Component
class JobPageScan implements SceneHandler {

    private static final String PATTERN = "jp:\\d{1,19}(:b:\\d{1,19})?";

    private final BrokerService brokers;
    private final JobsFlow jobs;

    JobPageScan(BrokerService brokers, JobsFlow jobs) {
        this.brokers = brokers;
        this.jobs = jobs;
    }

    static String scene(long jobId, Long brokerId) {
        return "jp:" + jobId + (brokerId == null ? "" : ":b:" + brokerId);
    }

    @Override
    public String prefix() {
        return "jp:";
    }

    @Override
    public boolean accepts(String scene) {
        return scene != null && scene.matches(PATTERN);
    }

    @Override
    public Duration lifetime() {
        return Duration.ofDays(30);
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        String[] parts = scene.split(":");
        if (parts.length == 4) {
            brokers.attribute(ctx.appid(), ctx.openid(), Long.parseLong(parts[3]));
        }
        return Reply.text(greeting.text() + "\n\n您在网页上看的岗位:\n" + jobs.show(ctx, Long.parseLong(parts[1])).text());
    }
}
