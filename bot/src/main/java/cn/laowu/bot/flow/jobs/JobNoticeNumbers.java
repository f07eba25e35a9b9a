package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.NumberedNotice;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * "1" in answer to a job notice ("1. 普工 … 2. 保安 … 回复序号看详情") opens that job, as a number
 * does in the job list: the latest notice that reached the worker in the last 48 hours, and after
 * the last main menu they saw (a number after the menu is a menu choice).
 */
@Component
class JobNoticeNumbers implements NumberedNotice {

    private static final Duration FRESH = Duration.ofHours(48);

    private final Outbox outbox;
    private final BroadcastService broadcasts;
    private final JobsFlow jobs;
    private final Clock clock;

    JobNoticeNumbers(Outbox outbox, BroadcastService broadcasts, JobsFlow jobs, Clock clock) {
        this.outbox = outbox;
        this.broadcasts = broadcasts;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public Optional<Reply> answer(DialogContext ctx, int number, Instant menuShownAt) {
        Instant since = clock.instant().minus(FRESH);
        if (menuShownAt != null && menuShownAt.isAfter(since)) {
            since = menuShownAt;
        }
        return outbox.lastJobNotice(ctx.appid(), ctx.openid(), LocalDateTime.ofInstant(since, ZoneOffset.UTC))
                .map(notice -> broadcasts.jobsOfSource(notice.getSource()))
                .filter(ids -> number >= 1 && number <= ids.size())
                .map((List<Long> ids) -> jobs.show(ctx, ids.get(number - 1)));
    }
}
