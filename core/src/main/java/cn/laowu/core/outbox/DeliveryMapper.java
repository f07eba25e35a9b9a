package cn.laowu.core.outbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
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
     * Rows due now, or held by an instance whose lease ran out: locked for this transaction, and
     * skipped by every other instance's claim at the same moment. Singles first; bulk rows only
     * when {@code bulk} (not in quiet hours).
     */
    @Select("SELECT id FROM delivery WHERE ((status = 'QUEUED' AND next_attempt_at <= #{now}) "
            + "OR (status = 'SENDING' AND lease_until < #{now})) AND (priority = 0 OR #{bulk}) "
            + "ORDER BY priority, id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockDue(@Param("now") LocalDateTime now, @Param("bulk") boolean bulk, @Param("limit") int limit);
}
