package cn.laowu.core.broker;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface BrokerMapper extends BaseMapper<Broker> {
}
