package cn.laowu.core.jobpage;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface JobPageMapper extends BaseMapper<JobPage> {
}
