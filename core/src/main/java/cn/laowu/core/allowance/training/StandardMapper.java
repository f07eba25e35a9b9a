package cn.laowu.core.allowance.training;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StandardMapper extends BaseMapper<TrainingStandard> {
}
