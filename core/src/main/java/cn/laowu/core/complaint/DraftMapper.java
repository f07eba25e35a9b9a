package cn.laowu.core.complaint;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface DraftMapper extends BaseMapper<Draft> {

    /** Held until the filing transaction ends: two deliveries of the same "提交" file one case. */
    @Select("SELECT * FROM complaint_draft WHERE id = #{id} FOR UPDATE")
    Draft lock(@Param("id") long id);
}
