package cn.laowu.core.broadcast;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BroadcastMapper extends BaseMapper<Broadcast> {
}
