package cn.laowu.core.delivery;

import cn.laowu.core.privacy.PersonalDataProtector;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * De-duplication of WeChat's deliveries in MySQL, for while Redis (which does it otherwise) is
 * away: a retried message (same MsgId) must not be taken as the answer to the next question of a
 * dialog that keeps going in MySQL (a complaint), and gets the reply the first delivery got.
 */
@Service
public class RepliesWithoutRedis {

    private final ReplyWithoutRedisMapper replies;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public RepliesWithoutRedis(ReplyWithoutRedisMapper replies, PersonalDataProtector protector, Clock clock) {
        this.replies = replies;
        this.protector = protector;
        this.clock = clock;
    }

    /** What a claim found. */
    public sealed interface Claim {
        /** The first delivery of this message: handle it, then {@link #answered}. */
        record First(String key) implements Claim {
        }

        /** A retry: the reply the first one got (empty while it is still being handled, or for "success"). */
        record Retry(String reply) implements Claim {
        }
    }

    /**
     * @param keepFor how long a retry is recognised (WeChat retries within seconds; replays are
     *                refused by the signature's age after {@code keepFor})
     */
    public Claim claim(String appid, String openid, String deliveryId, Duration keepFor) {
        String key = protector.lookupHash("wx-delivery\n" + appid + "\n" + openid + "\n" + deliveryId);
        LocalDateTime now = LocalDateTime.now(clock);
        replies.purge(now.minus(keepFor));
        if (replies.claim(key, now) == 1) {
            return new Claim.First(key);
        }
        return new Claim.Retry(Optional.ofNullable(replies.selectById(key)).map(ReplyWithoutRedis::getReplyCipher)
                .filter(cipher -> !cipher.isEmpty()).map(protector::decrypt).orElse(""));
    }

    /** The reply given to a claimed delivery (empty for "success"). */
    public void answered(Claim.First claim, String reply) {
        replies.update(null, new LambdaUpdateWrapper<ReplyWithoutRedis>()
                .eq(ReplyWithoutRedis::getDeliveryHash, claim.key())
                .set(ReplyWithoutRedis::getReplyCipher, reply.isEmpty() ? "" : protector.encrypt(reply)));
    }
}
