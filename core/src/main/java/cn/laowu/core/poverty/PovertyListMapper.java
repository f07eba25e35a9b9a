package cn.laowu.core.poverty;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PovertyListMapper extends BaseMapper<PovertyListEntry> {
}
