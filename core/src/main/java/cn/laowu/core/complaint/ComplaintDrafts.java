package cn.laowu.core.complaint;

import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintFiling.Filed;
import cn.laowu.core.complaint.ComplaintFiling.NewComplaint;
import cn.laowu.core.privacy.PersonalDataProtector;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A complaint dialog's answers, written to MySQL as they come: dialog state lives in Redis, and a
 * worker who has told us everything must not lose the case because Redis went away before "提交".
 * The state is whatever the dialog keeps (opaque here), sealed with the data key. Filing marks the
 * draft, in the same transaction, so the same dialog never files twice.
 */
@Service
public class ComplaintDrafts {

    /**
     * Longer than any dialog stays in Redis, and than WeChat retries a delivery: after it a draft
     * (abandoned, or filed) answers nothing and only holds words a worker typed.
     */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final DraftMapper drafts;
    private final ComplaintFiling filing;
    private final ComplaintQueue caseQueue;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public ComplaintDrafts(DraftMapper drafts, ComplaintFiling filing, ComplaintQueue caseQueue,
                           PersonalDataProtector protector, Clock clock) {
        this.drafts = drafts;
        this.filing = filing;
        this.caseQueue = caseQueue;
        this.protector = protector;
        this.clock = clock;
    }

    /** What a draft holds: its id, the dialog's state, and the case once filed. */
    public record Kept(long id, String state, Long complaintId, LocalDateTime updatedAt) {
        public boolean filed() {
            return complaintId != null;
        }
    }

    /** A new complaint dialog: replaces whatever the follower had kept before. */
    @Transactional
    public long begin(String appid, String openid, String state) {
        // By id, and only when there is one: a DELETE by follower that matches nothing locks the gap where the
        // row would go, and two new followers' first complaints in one gap deadlocked on their INSERTs.
        Draft before = drafts.selectOne(new LambdaQueryWrapper<Draft>().eq(Draft::getAppid, appid)
                .eq(Draft::getOpenid, openid));
        if (before != null) {
            drafts.deleteById(before.getId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Draft draft = new Draft();
        draft.setAppid(appid);
        draft.setOpenid(openid);
        draft.setStateCipher(protector.encrypt(state));
        draft.setCreatedAt(now);
        draft.setUpdatedAt(now);
        drafts.insert(draft);
        return draft.getId();
    }

    /** The dialog moved on; a filed draft keeps what was filed. */
    public boolean keep(long id, String state) {
        return drafts.update(null, new LambdaUpdateWrapper<Draft>().eq(Draft::getId, id).isNull(Draft::getComplaintId)
                .set(Draft::getStateCipher, protector.encrypt(state))
                .set(Draft::getUpdatedAt, LocalDateTime.now(clock))) == 1;
    }

    public Optional<Kept> get(long id) {
        return Optional.ofNullable(drafts.selectById(id)).map(this::kept);
    }

    /** The follower's unfiled dialog, if it moved within {@code fresh} (older ones are given up, as in Redis). */
    public Optional<Kept> unfinished(String appid, String openid, Duration fresh) {
        return Optional.ofNullable(drafts.selectOne(new LambdaQueryWrapper<Draft>().eq(Draft::getAppid, appid)
                        .eq(Draft::getOpenid, openid).isNull(Draft::getComplaintId)
                        .ge(Draft::getUpdatedAt, LocalDateTime.now(clock).minus(fresh))))
                .map(this::kept);
    }

    /** The worker left the dialog without filing. A filed draft stays: it answers a late retry of "提交". */
    public void forget(String appid, String openid) {
        drafts.delete(new LambdaQueryWrapper<Draft>().eq(Draft::getAppid, appid).eq(Draft::getOpenid, openid)
                .isNull(Draft::getComplaintId));
    }

    /**
     * Files the case from the draft's dialog, once: a second call for the same draft returns the
     * case filed by the first ({@code again} true) and files nothing.
     */
    @Transactional
    public Result file(long draftId, Complainant who, NewComplaint input) {
        Draft draft = drafts.lock(draftId);
        if (draft != null && draft.getComplaintId() != null) {
            Complaint c = caseQueue.get(draft.getComplaintId());
            return new Result(new Filed(c, Urgency.assess(c.getKind(), c.getWorkersAffected(), c.getDescription(),
                    c.getEmployerName())), true);
        }
        Filed filed = filing.file(who, input);
        if (draft != null) {
            // The answers are in the case now; the draft keeps only which case it became.
            drafts.update(null, new LambdaUpdateWrapper<Draft>().eq(Draft::getId, draftId)
                    .set(Draft::getComplaintId, filed.complaint().getId()).set(Draft::getStateCipher, "")
                    .set(Draft::getUpdatedAt, LocalDateTime.now(clock)));
        }
        return new Result(filed, false);
    }

    public record Result(Filed filed, boolean again) {
    }

    /** Drops drafts untouched for {@link #KEPT_FOR} (the sweep's business). */
    public int purge() {
        return drafts.delete(new LambdaQueryWrapper<Draft>().lt(Draft::getUpdatedAt, LocalDateTime.now(clock).minus(KEPT_FOR)));
    }

    private Kept kept(Draft d) {
        String state;
        try {
            state = d.getStateCipher().isEmpty() ? "" : protector.decrypt(d.getStateCipher());
        } catch (IllegalArgumentException unreadable) {
            // Sealed with a key no longer in use: as if nothing was kept (the dialog goes on as Redis has it).
            state = "";
        }
        return new Kept(d.getId(), state, d.getComplaintId(), d.getUpdatedAt());
    }
}
