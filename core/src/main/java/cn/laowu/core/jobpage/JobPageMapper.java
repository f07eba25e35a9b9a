package cn.laowu.core.jobpage;

import cn.laowu.core.job.Job;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface JobPageMapper extends BaseMapper<JobPage> {

    /** The job a page token names, in one indexed query (the token's unique key, then the job's). */
    @Select("SELECT j.* FROM job_page p JOIN job j ON j.id = p.job_id WHERE p.token = #{token}")
    Job jobByToken(@Param("token") String token);
}
