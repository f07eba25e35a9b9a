package cn.laowu.core.training;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ResultRuleMapper extends BaseMapper<ResultRule> {
}
