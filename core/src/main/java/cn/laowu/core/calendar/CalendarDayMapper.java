package cn.laowu.core.calendar;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CalendarDayMapper extends BaseMapper<CalendarDay> {
}
