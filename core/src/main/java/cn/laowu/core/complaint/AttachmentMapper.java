package cn.laowu.core.complaint;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AttachmentMapper extends BaseMapper<Attachment> {
}
