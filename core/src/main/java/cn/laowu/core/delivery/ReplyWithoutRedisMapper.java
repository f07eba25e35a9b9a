package cn.laowu.core.delivery;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;

@Mapper
interface ReplyWithoutRedisMapper extends BaseMapper<ReplyWithoutRedis> {

    /** 1 when this delivery is new, 0 when it was claimed before. */
    @Insert("INSERT IGNORE INTO wx_reply_without_redis (delivery_hash, reply_cipher, created_at) VALUES (#{hash}, NULL, #{now})")
    int claim(@Param("hash") String hash, @Param("now") LocalDateTime now);

    /** A few expired rows at a time: each claim clears what earlier ones left, so the table stays small. */
    @Delete("DELETE FROM wx_reply_without_redis WHERE created_at < #{before} LIMIT 50")
    int purge(@Param("before") LocalDateTime before);
}
