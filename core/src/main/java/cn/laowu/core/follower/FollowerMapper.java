package cn.laowu.core.follower;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;

@Mapper
public interface FollowerMapper extends BaseMapper<Follower> {

    /**
     * The follower's last inbound time, unless stamped since {@code staleBefore}. Plain SQL rather
     * than a wrapper: it runs on a follower's first message of the half hour, and a wrapper's
     * dynamic SQL is evaluated (OGNL) on every call.
     */
    @Update("UPDATE wx_follower SET last_inbound_at = #{now} WHERE appid = #{appid} AND openid = #{openid} "
            + "AND (last_inbound_at IS NULL OR last_inbound_at < #{staleBefore})")
    int stampInbound(@Param("appid") String appid, @Param("openid") String openid, @Param("now") LocalDateTime now,
                     @Param("staleBefore") LocalDateTime staleBefore);

    /** The worker bound to the follower; null when not bound or not recorded. */
    @Select("SELECT worker_id FROM wx_follower WHERE appid = #{appid} AND openid = #{openid}")
    Long workerOf(@Param("appid") String appid, @Param("openid") String openid);

    /** A follower first seen writing: subscribed (as one whose subscribe event we never saw) and stamped. */
    @Insert("INSERT INTO wx_follower (appid, openid, subscribed, first_subscribed_at, subscribed_at, last_inbound_at, "
            + "created_at, updated_at) VALUES (#{appid}, #{openid}, TRUE, #{now}, #{now}, #{now}, #{now}, #{now})")
    int insertWriting(@Param("appid") String appid, @Param("openid") String openid, @Param("now") LocalDateTime now);
}
