package cn.laowu.core.complaint;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/**
 * The case history is append-only: deliberately not a BaseMapper, so there is no update or
 * delete statement for it anywhere in the application.
 */
@Mapper
interface HistoryMapper {

    @Insert("INSERT INTO complaint_history (complaint_id, at, actor, type, from_status, to_status, region_path, "
            + "for_worker, text) VALUES (#{complaintId}, #{at}, #{actor}, #{type}, #{fromStatus}, #{toStatus}, "
            + "#{regionPath}, #{forWorker}, #{text})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int append(HistoryEntry entry);

    @Select("SELECT * FROM complaint_history WHERE complaint_id = #{complaintId} ORDER BY id")
    List<HistoryEntry> of(long complaintId);
}
