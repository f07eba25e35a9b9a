package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.core.worker.Worker;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A WeChat account claiming a card that already exists. Name and ID number are no secret in
 * China, so the claim must also give the phone on the card; wrong phones are counted per card
 * and day in Redis, whoever sends them, so guessing stops after {@link #MAX_WRONG}. The accounts
 * already bound to the card hear of every binding and of a lock, through the outbox.
 */
@Component
public class CardClaims {

    static final int MAX_WRONG = 3;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final WorkerLookup lookup;
    private final Outbox outbox;
    private final Clock clock;

    public CardClaims(StringRedisTemplate redis, RedisKeys keys, WorkerLookup lookup, Outbox outbox, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.lookup = lookup;
        this.outbox = outbox;
        this.clock = clock;
    }

    public boolean locked(long workerId) {
        String count = redis.opsForValue().get(attemptsKey(workerId));
        return count != null && Long.parseLong(count) >= MAX_WRONG;
    }

    /** Counts a wrong phone for this card today; returns how many tries are left (0: locked until tomorrow). */
    public int wrongPhone(long workerId) {
        String key = attemptsKey(workerId);
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, Duration.ofDays(1));
        }
        return (int) Math.max(0, MAX_WRONG - (count == null ? MAX_WRONG : count));
    }

    /** Binds the chat to the card, and tells the accounts already bound to it (before this one joins them). */
    @Transactional
    public void bind(DialogContext ctx, Worker worker) {
        outbox.toWorker(worker.getId(), Message.single(source("bound", worker.getId(), ctx.openid()), "登记信息关联提醒",
                "已关联新的微信号", "如果不是您本人,请带身份证到乡镇社会保障站处理",
                "提醒:您的实名登记信息刚刚关联了一个新的微信号(核对了姓名、身份证号和手机号)。"
                        + "如果不是您本人或家人操作,请尽快带身份证到乡镇社会保障站处理。"));
        lookup.bind(ctx, worker.getId());
    }

    /** Tells the accounts bound to the card that someone ran out of tries today. */
    @Transactional
    public void tellOfLock(Worker worker) {
        outbox.toWorker(worker.getId(), Message.single(source("claim-locked", worker.getId(), today().toString()),
                "登记信息安全提醒", "今天已暂停微信关联", "如果不是您本人,请留意",
                "提醒:今天有人用您的姓名和身份证号关联微信,手机号连续" + MAX_WRONG + "次没对上,今天已不能再试。"
                        + "如果不是您本人或家人操作,请留意,必要时到乡镇社会保障站说明。"));
    }

    private String attemptsKey(long workerId) {
        return keys.key("card-claim", String.valueOf(workerId), today().toString());
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private static String source(String what, long workerId, String suffix) {
        String source = what + ":" + workerId + ":" + suffix;
        return source.length() <= 64 ? source : source.substring(0, 64);
    }
}
