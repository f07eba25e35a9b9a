package cn.laowu.core.application;

import cn.laowu.core.job.JobSql;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;

/** 转移就业: each worker's first placement of the year, in its month, by its job's area (and 建档立卡). */
@Component
class TransferCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    TransferCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Grouped in the database (the first placement by {@code ROW_NUMBER()}): a year of placements never
     * crosses the wire. The home region is the one kept on the application (V75, the worker's current
     * one), so the year is read from one index; the worker is joined only for 建档立卡, by id.
     */
    @Override
    public void count(int year, int lastMonth, Grid grid) {
        Timestamp from = RecordCounter.utc(LocalDate.of(year, 1, 1));
        Timestamp to = RecordCounter.utc(LocalDate.of(year + 1, 1, 1));
        String area = JobSql.WORK_AREA;
        jdbc.query("SELECT t.home_region_path p, MONTH(" + RecordCounter.china("t.placed_at") + ") m, "
                + "SUM(CASE WHEN " + area + " = 'OUT_OF_PROVINCE' THEN 1 ELSE 0 END) out_of_province, "
                + "SUM(CASE WHEN " + area + " = 'IN_COUNTY' THEN 1 ELSE 0 END) in_county, "
                + "SUM(CASE WHEN " + area + " = 'OUT_OF_PROVINCE' OR " + area + " = 'IN_COUNTY' THEN 0 ELSE 1 END) in_province, "
                + "SUM(CASE WHEN " + WorkerSql.POVERTY + " = 1 THEN 1 ELSE 0 END) poor "
                + "FROM (SELECT a.worker_id, a.job_id, a.placed_at, a.home_region_path, ROW_NUMBER() OVER (PARTITION BY a.worker_id "
                + "ORDER BY a.placed_at, a.id) n FROM job_application a WHERE a.placed_at >= ? AND a.placed_at < ?) t "
                + JobSql.join("t.job_id") + " " + WorkerSql.join("t.worker_id") + " WHERE t.n = 1 GROUP BY p, m", rs -> {
            Totals t = grid.at(rs.getString("p"), rs.getInt("m"));
            t.add(Measure.TRANSFER_OUT, rs.getLong("out_of_province"));
            t.add(Measure.TRANSFER_COUNTY, rs.getLong("in_county"));
            t.add(Measure.TRANSFER_PROVINCE, rs.getLong("in_province"));
            t.add(Measure.TRANSFER_POOR, rs.getLong("poor"));
        }, from, to);
    }
}
