package cn.laowu.core.station;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ServiceStationMapper extends BaseMapper<ServiceStation> {
}
