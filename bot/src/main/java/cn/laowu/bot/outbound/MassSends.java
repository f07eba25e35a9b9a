package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.outbox.OutboxClaims;
import cn.laowu.core.outbox.OutboxSettlement;
import cn.laowu.core.support.ChinaTime;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An announcement to followers who have not written lately: one mass send (群发) for a
 * broadcast's recipients gathered by the sender (up to WeChat's 10,000 openids a call), each
 * follower at most 4 a month as WeChat allows a 服务号, within the account's 60 mass calls a
 * minute and 100 a day. WeChat's mass send needs two openids, so a piece of a broadcast may wait
 * for company.
 */
@Component
class MassSends {

    /** A 服务号's follower receives at most 4 mass sends a month. */
    private static final int MASS_PER_MONTH = 4;
    /** WeChat takes at most this many openids in one mass send. */
    static final int MASS_MAX = 10_000;

    private final OutboxClaims claims;
    private final OutboxSettlement settlement;
    private final SendRate rate;
    private final SendErrors errors;
    private final Clock clock;

    MassSends(OutboxClaims claims, OutboxSettlement settlement, SendRate rate, SendErrors errors, Clock clock) {
        this.claims = claims;
        this.settlement = settlement;
        this.rate = rate;
        this.errors = errors;
        this.clock = clock;
    }

    /** Whether the account may make a mass call now; if not, the rows are handed back until it may. */
    boolean mayCall(String appid, List<Delivery> group) {
        Duration budget = rate.massWait(appid);
        if (budget.isZero()) {
            return true;
        }
        claims.putBack(group, SendErrors.QUOTA_SPENT, budget);
        return false;
    }

    /** Sends one mass call for {@code members}, all of broadcast {@code source} on the account, or settles why not. */
    void send(WeChatAccount account, String source, List<Delivery> members) {
        LocalDateTime monthStart = ChinaTime.today(clock).withDayOfMonth(1).atStartOfDay(ChinaTime.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        Set<String> full = claims.reachedCap(account.appid(), members.stream().map(Delivery::getOpenid).toList(),
                monthStart, OutboxSender.MASS, MASS_PER_MONTH);
        List<Delivery> sendable = new ArrayList<>();
        for (Delivery d : members) {
            if (full.contains(d.getOpenid())) {
                settlement.failed(d, 45028);
            } else {
                sendable.add(d);
            }
        }
        if (sendable.isEmpty()) {
            return;
        }
        // While others of the broadcast are still queued or held by another sender, nobody here is
        // failed for being alone, and two stay back to keep the last of them company (the others
        // may yet go by customer-service message, and two can still go together); only the very
        // last row of the broadcast, alone, gives up.
        OutboxClaims.Pending pending = claims.pending(source, account.appid());
        long sendingElsewhere = Math.max(0, pending.sending() - sendable.size());
        if (pending.queued() + sendingElsewhere > 0) {
            // A piece of three or fewer waits whole and joins the next call; a bigger one goes, two
            // kept back. Never "wait while another holds more": with several senders (or a killed
            // instance's lapsing claims) holding pieces, every one of them waited for the others.
            int stayBack = sendable.size() <= 3 ? sendable.size() : 2;
            List<Delivery> waiting = sendable.subList(sendable.size() - stayBack, sendable.size());
            claims.putBack(List.copyOf(waiting), Outbox.WAITING_FOR_COMPANY, companyDue(sendingElsewhere, pending));
            sendable = new ArrayList<>(sendable.subList(0, sendable.size() - stayBack));
            if (sendable.isEmpty()) {
                return;
            }
        } else if (sendable.size() == 1) {
            settlement.failed(sendable.get(0), Outbox.WAITING_FOR_COMPANY);
            return;
        }
        Duration budget = rate.takeMass(account.appid());
        if (!budget.isZero()) {
            claims.putBack(sendable, SendErrors.QUOTA_SPENT, budget);
            return;
        }
        call(account, sendable);
    }

    private void call(WeChatAccount account, List<Delivery> sendable) {
        WxMpMassOpenIdsMessage message = new WxMpMassOpenIdsMessage();
        message.setMsgType(WxConsts.MassMsgType.TEXT);
        message.setContent(sendable.get(0).getBody());
        message.setToUsers(sendable.stream().map(Delivery::getOpenid).toList());
        message.setClientMsgId("m" + sendable.get(0).getId());
        try {
            String msgId = account.api().getMassMessageService().massOpenIdsMessageSend(message).getMsgId();
            // In slices: the UPDATE's CASE grows with its rows.
            for (int from = 0; from < sendable.size(); from += 500) {
                settlement.sent(sendable.subList(from, Math.min(sendable.size(), from + 500)).stream()
                        .map(d -> new OutboxSettlement.Accepted(d, OutboxSender.MASS, msgId)).toList());
            }
        } catch (WxErrorException e) {
            errors.settleMass(account.appid(), sendable, SendErrors.code(e));
        } catch (RuntimeException e) {
            errors.settleMass(account.appid(), sendable, -1);
        }
    }

    /** Soon (a few seconds, spread so two waiting rows do not keep missing each other), or when the others are due. */
    private Duration companyDue(long sendingElsewhere, OutboxClaims.Pending pending) {
        Duration soon = Duration.ofMillis(2_000 + ThreadLocalRandom.current().nextLong(3_000));
        if (sendingElsewhere > 0 || pending.earliestDue() == null) {
            return soon;
        }
        Duration untilDue = Duration.between(LocalDateTime.now(clock), pending.earliestDue());
        return untilDue.compareTo(soon) > 0 ? untilDue : soon;
    }
}
