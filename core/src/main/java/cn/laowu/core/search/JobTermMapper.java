package cn.laowu.core.search;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobSql;
import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/**
 * The search's reading of jobs: the two-character terms of their search text, searches that
 * start from one of them, and the open jobs newest first. Private to search; jobs are written
 * by the job feature only.
 */
@Mapper
public interface JobTermMapper {

    /** One job's term. */
    record Term(String term, long jobId) {
    }

    /** IGNORE: the collation folds case and width, so "SM" and "ｓｍ" are one term. */
    @Insert("<script>INSERT IGNORE INTO job_term (term, job_id) VALUES "
            + "<foreach collection='terms' item='t' separator=','>(#{t.term}, #{t.jobId})</foreach></script>")
    int insert(@Param("terms") Collection<Term> terms);

    /** Drops a job's terms, before indexing its edited text again. */
    @Delete("DELETE FROM job_term WHERE job_id = #{jobId}")
    int deleteOf(@Param("jobId") long jobId);

    /** How many jobs have the term, counting no further than {@code cap}. */
    @Select("SELECT COUNT(*) FROM (SELECT 1 FROM job_term WHERE term = #{term} LIMIT #{cap}) t")
    int count(@Param("term") String term, @Param("cap") int cap);

    /** The columns of a {@link JobLine}. */
    String LINE_COLUMNS = "j.id, j.title, j.work_place, j.wage_min_fen, j.wage_max_fen, j.headcount, j.filled";

    /** Jobs having the term that meet {@code where}; its ordering must be on t.job_id to read the index in order. */
    @Select("SELECT STRAIGHT_JOIN j.* FROM job_term t JOIN " + JobSql.TABLE + " ON j.id = t.job_id AND t.term = #{term} "
            + "${ew.customSqlSegment}")
    List<Job> search(@Param("term") String term, @Param(Constants.WRAPPER) Wrapper<Job> where);

    /** {@link #search}, the columns of a line only. */
    @Select("SELECT STRAIGHT_JOIN " + LINE_COLUMNS + " FROM job_term t JOIN " + JobSql.TABLE
            + " ON j.id = t.job_id AND t.term = #{term} ${ew.customSqlSegment}")
    List<Job> searchLines(@Param("term") String term, @Param(Constants.WRAPPER) Wrapper<Job> where);

    @Select("SELECT STRAIGHT_JOIN COUNT(*) FROM job_term t JOIN " + JobSql.TABLE + " ON j.id = t.job_id AND t.term = #{term} "
            + "${ew.customSqlSegment}")
    long countMatching(@Param("term") String term, @Param(Constants.WRAPPER) Wrapper<Job> where);

    /** Jobs meeting {@code where}, which says the order and the page. */
    @Select("SELECT j.* FROM " + JobSql.TABLE + " ${ew.customSqlSegment}")
    List<Job> open(@Param(Constants.WRAPPER) Wrapper<Job> where);

    /** {@link #open}, the columns of a line only. */
    @Select("SELECT " + LINE_COLUMNS + " FROM " + JobSql.TABLE + " ${ew.customSqlSegment}")
    List<Job> openLines(@Param(Constants.WRAPPER) Wrapper<Job> where);

    @Select("SELECT COUNT(*) FROM " + JobSql.TABLE + " ${ew.customSqlSegment}")
    long countOpen(@Param(Constants.WRAPPER) Wrapper<Job> where);

    /** Jobs not indexed yet (created before the index, or loaded by other means), a batch at a time. */
    @Select("SELECT j.id, j.search_text FROM " + JobSql.TABLE + " WHERE j.id > #{after} AND NOT EXISTS "
            + "(SELECT 1 FROM job_term t WHERE t.job_id = j.id) ORDER BY j.id LIMIT #{limit}")
    List<Job> unindexed(@Param("after") long after, @Param("limit") int limit);
}
