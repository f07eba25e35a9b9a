package cn.laowu.core.follower;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface FollowerMapper extends BaseMapper<Follower> {
}
