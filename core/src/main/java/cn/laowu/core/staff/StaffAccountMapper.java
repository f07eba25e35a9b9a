package cn.laowu.core.staff;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StaffAccountMapper extends BaseMapper<StaffAccount> {
}
