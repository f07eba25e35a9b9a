package cn.laowu.core.outbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface DeliveryMapper extends BaseMapper<Delivery> {

    /** IGNORE: the unique (source, recipient) key makes a second queueing of the same message a no-op. */
    @Insert("INSERT IGNORE INTO delivery (source, appid, openid, worker_id, priority, kind, subject, state, note, "
            + "body, status, attempts, next_attempt_at, created_at) VALUES (#{d.source}, #{d.appid}, #{d.openid}, "
            + "#{d.workerId}, #{d.priority}, #{d.kind}, #{d.subject}, #{d.state}, #{d.note}, #{d.body}, 'QUEUED', 0, "
            + "#{d.nextAttemptAt}, #{d.createdAt})")
    int insertOnce(@Param("d") Delivery delivery);

    /**
     * Rows held by an instance whose lease ran out (a dead one's): locked for this transaction,
     * skipped by every other instance's claim at the same moment. Few at any time, and the scan
     * of idx_delivery_lease reads only those (V19), not every row being sent.
     */
    @Select("SELECT id FROM delivery FORCE INDEX (idx_delivery_lease) WHERE status = 'SENDING' AND lease_until < #{now} "
            + "AND (priority <= 0 OR #{bulk}) ORDER BY lease_until, id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockExpired(@Param("now") LocalDateTime now, @Param("bulk") boolean bulk, @Param("limit") int limit);

    /**
     * Queued rows of one priority due now, oldest first. One priority at a time and ordered as
     * idx_delivery_due (status, priority, next_attempt_at, id) is: the scan walks the index and
     * stops at the limit, where an OR of priorities or an ORDER BY id would sort every queued row
     * of a million-recipient broadcast on each claim.
     */
    @Select("SELECT id FROM delivery WHERE status = 'QUEUED' AND priority = #{priority} AND next_attempt_at <= #{now} "
            + "ORDER BY next_attempt_at, id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockQueued(@Param("now") LocalDateTime now, @Param("priority") int priority, @Param("limit") int limit);

    /**
     * Due late replies, each follower's in the order they were queued: a reply whose follower has an
     * earlier one still queued or being sent waits for it, so two sender threads never swap a
     * follower's answers.
     */
    @Select("SELECT d.id FROM delivery d WHERE d.status = 'QUEUED' AND d.priority = #{priority} "
            + "AND d.next_attempt_at <= #{now} AND NOT EXISTS (SELECT 1 FROM delivery o WHERE o.appid = d.appid "
            + "AND o.openid = d.openid AND o.priority = #{priority} AND o.id < d.id AND o.status IN ('QUEUED', 'SENDING')) "
            + "ORDER BY d.next_attempt_at, d.id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockReplies(@Param("now") LocalDateTime now, @Param("priority") int priority, @Param("limit") int limit);

    /**
     * Queued rows of one broadcast on one account, due or only waiting for company: read through
     * the unique key (source, appid, openid), locked as {@link #lockQueued} locks.
     */
    @Select("SELECT id FROM delivery FORCE INDEX (uk_delivery_source_recipient) WHERE source = #{source} "
            + "AND appid = #{appid} AND status = 'QUEUED' AND (next_attempt_at <= #{now} OR error_code = #{waiting}) "
            + "LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockCompany(@Param("source") String source, @Param("appid") String appid, @Param("now") LocalDateTime now,
                           @Param("waiting") int waiting, @Param("limit") int limit);

    /** Which of these rows {@code owner} marked SENT at {@code now}. */
    @Select("<script>SELECT id FROM delivery WHERE id IN <foreach item='id' collection='ids' open='(' separator=',' "
            + "close=')'>#{id}</foreach> AND status = 'SENT' AND leased_by = #{owner} AND sent_at = #{now}</script>")
    List<Long> sentAt(@Param("ids") Collection<Long> ids, @Param("owner") String owner, @Param("now") LocalDateTime now);
}
