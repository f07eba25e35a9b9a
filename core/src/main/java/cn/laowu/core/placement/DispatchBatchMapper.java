package cn.laowu.core.placement;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface DispatchBatchMapper extends BaseMapper<DispatchBatch> {
}
