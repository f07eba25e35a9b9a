package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * "人工": the worker's messages land in the inbox of their home township's office (or the
 * account's region when they are not registered); a clerk's reply goes back through the outbox
 * (a customer-service message inside WeChat's 48-hour window, else a notice asking them to write
 * again), and is shown in the chat the next time they write, whatever happened to the message.
 */
@Service
public class HelpDesk {

    private final HelpThreadMapper threads;
    private final HelpMessageMapper messages;
    private final FollowerService followers;
    private final WorkerService workers;
    private final RegionService regions;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    private final ComplaintMapper complaints;

    public HelpDesk(HelpThreadMapper threads, HelpMessageMapper messages, FollowerService followers, WorkerService workers,
                    RegionService regions, Outbox outbox, AuditLog audit, Clock clock, ComplaintMapper complaints) {
        this.complaints = complaints;
        this.threads = threads;
        this.messages = messages;
        this.followers = followers;
        this.workers = workers;
        this.regions = regions;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worker writes to the office; returns the clerks' replies they had not seen yet. */
    @Transactional
    public List<HelpMessage> fromWorker(String appid, String openid, String fallbackRegionCode, String text) {
        String words = Text.required(text, "内容", 1000);
        HelpThread thread = thread(appid, openid, fallbackRegionCode);
        LocalDateTime now = LocalDateTime.now(clock);
        HelpMessage message = new HelpMessage();
        message.setThreadId(thread.getId());
        message.setText(words);
        message.setSeen(true);
        message.setCreatedAt(now);
        messages.insert(message);
        threads.update(null, new LambdaUpdateWrapper<HelpThread>().eq(HelpThread::getId, thread.getId())
                .set(HelpThread::getLastAt, now).set(HelpThread::getWaiting, true));
        return unseenReplies(thread.getId());
    }

    /** Opening the conversation: the thread exists (so the office sees who asked) and unseen replies are handed over. */
    @Transactional
    public List<HelpMessage> open(String appid, String openid, String fallbackRegionCode) {
        return unseenReplies(thread(appid, openid, fallbackRegionCode).getId());
    }

    /** Whether the office that answers this person is known: they are registered, or wrote before. */
    public boolean knows(String appid, String openid) {
        return followers.find(appid, openid).map(Follower::getWorkerId).isPresent()
                || latestComplaint(appid, openid).isPresent()
                || threads.exists(new LambdaQueryWrapper<HelpThread>().eq(HelpThread::getAppid, appid)
                .eq(HelpThread::getOpenid, openid));
    }

    /** The newest complaint this follower filed: for someone unregistered, where they are from and their name. */
    public Optional<Complaint> latestComplaint(String appid, String openid) {
        return Optional.ofNullable(complaints.selectOne(new LambdaQueryWrapper<Complaint>().eq(Complaint::getAppid, appid)
                .eq(Complaint::getOpenid, openid).orderByDesc(Complaint::getId).last("LIMIT 1")));
    }

    public List<HelpThread> inbox(RegionScope scope) {
        return threads.selectList(scope.applyTo(new LambdaQueryWrapper<HelpThread>(), HelpThread::getRegionPath)
                .orderByDesc(HelpThread::getWaiting).orderByDesc(HelpThread::getLastAt).last("LIMIT 200"));
    }

    public HelpThread thread(RegionScope scope, long id) {
        HelpThread thread = threads.selectOne(scope.applyTo(new LambdaQueryWrapper<HelpThread>(), HelpThread::getRegionPath)
                .eq(HelpThread::getId, id));
        if (thread == null) {
            throw new NotFoundInScope("Help thread");
        }
        return thread;
    }

    public List<HelpMessage> messages(RegionScope scope, long threadId) {
        return messages.selectList(new LambdaQueryWrapper<HelpMessage>().eq(HelpMessage::getThreadId, thread(scope, threadId).getId())
                .orderByAsc(HelpMessage::getId));
    }

    @Transactional
    public HelpMessage reply(Actor actor, RegionScope scope, long threadId, String text) {
        HelpThread thread = thread(scope, threadId);
        String words = Text.required(text, "回复内容", 1000);
        LocalDateTime now = LocalDateTime.now(clock);
        HelpMessage message = new HelpMessage();
        message.setThreadId(thread.getId());
        message.setFromStaff(actor.username());
        Long workerId = thread.getWorkerId() != null ? thread.getWorkerId()
                : followers.find(thread.getAppid(), thread.getOpenid()).map(Follower::getWorkerId).orElse(null);
        message.setText(words);
        message.setSeen(false);
        message.setCreatedAt(now);
        messages.insert(message);
        threads.update(null, new LambdaUpdateWrapper<HelpThread>().eq(HelpThread::getId, thread.getId())
                .set(HelpThread::getLastAt, now).set(HelpThread::getWaiting, false));
        Message reply = Message.single("help:" + message.getId(), "工作人员回复了您", "已回复",
                "回复 人工 接着说", "工作人员回复:" + words + "\n\n(回复 人工 可以接着和工作人员说)");
        // Registered or not, the reply is pushed; someone who has unfollowed sees it if they write again.
        int queued = workerId != null ? outbox.toWorker(workerId, reply)
                : outbox.toFollower(thread.getAppid(), thread.getOpenid(), reply);
        if (queued > 0) {
            messages.update(null, new LambdaUpdateWrapper<HelpMessage>().eq(HelpMessage::getId, message.getId())
                    .set(HelpMessage::getSeen, true));
            message.setSeen(true);
        }
        audit.record(actor, "HELP_REPLY", "help_thread", thread.getId(), null, null);
        return message;
    }

    /** Whether the clerk's reply can reach the person outside the chat: not after they unfollowed the account. */
    public boolean reachable(HelpThread thread) {
        return followers.find(thread.getAppid(), thread.getOpenid()).map(f -> !Boolean.FALSE.equals(f.getSubscribed()))
                .orElse(true);
    }

    private List<HelpMessage> unseenReplies(long threadId) {
        List<HelpMessage> unseen = messages.selectList(new LambdaQueryWrapper<HelpMessage>().eq(HelpMessage::getThreadId, threadId)
                .isNotNull(HelpMessage::getFromStaff).eq(HelpMessage::getSeen, false).orderByAsc(HelpMessage::getId));
        if (!unseen.isEmpty()) {
            messages.update(null, new LambdaUpdateWrapper<HelpMessage>().in(HelpMessage::getId,
                    unseen.stream().map(HelpMessage::getId).toList()).set(HelpMessage::getSeen, true));
        }
        return unseen;
    }

    private HelpThread thread(String appid, String openid, String fallbackRegionCode) {
        HelpThread existing = threads.selectOne(new LambdaQueryWrapper<HelpThread>().eq(HelpThread::getAppid, appid)
                .eq(HelpThread::getOpenid, openid));
        Worker worker = followers.find(appid, openid).map(Follower::getWorkerId).flatMap(workers::find).orElse(null);
        if (existing != null) {
            if (worker != null && existing.getWorkerId() == null) {
                existing.setWorkerId(worker.getId());
                existing.setDisplayName(worker.getName());
                existing.setRegionPath(township(worker.getHomeRegionPath()));
                threads.updateById(existing);
            }
            return existing;
        }
        // Unregistered but filed a complaint: its township answers, and the worker is not asked again.
        Complaint filed = worker == null ? latestComplaint(appid, openid).orElse(null) : null;
        String region = worker != null ? township(worker.getHomeRegionPath())
                : filed != null && filed.getOriginRegionPath() != null ? township(filed.getOriginRegionPath())
                : regions.find(fallbackRegionCode).map(r -> township(r.getPath())).orElseThrow(() -> new RuleViolation("找不到受理的地区。"));
        LocalDateTime now = LocalDateTime.now(clock);
        HelpThread thread = new HelpThread();
        thread.setAppid(appid);
        thread.setOpenid(openid);
        thread.setWorkerId(worker == null ? null : worker.getId());
        thread.setDisplayName(worker != null ? worker.getName()
                : filed != null && filed.getComplainantName() != null ? filed.getComplainantName() : "未登记的微信用户");
        thread.setRegionPath(region);
        thread.setLastAt(now);
        thread.setWaiting(false);
        thread.setCreatedAt(now);
        try {
            threads.insert(thread);
        } catch (DuplicateKeyException e) {
            return threads.selectOne(new LambdaQueryWrapper<HelpThread>().eq(HelpThread::getAppid, appid)
                    .eq(HelpThread::getOpenid, openid));
        }
        return thread;
    }

    private static String township(String homePath) {
        String[] codes = homePath.substring(1).split("/");
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < Math.min(3, codes.length); i++) {
            path.append(codes[i]).append('/');
        }
        return path.toString();
    }
}
