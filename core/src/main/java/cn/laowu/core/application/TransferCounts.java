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
import java.util.HashSet;
import java.util.Set;

/** 转移就业: each worker's first placement of the year, in its month, by its job's area (and 建档立卡). */
@Component
class TransferCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    TransferCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        Timestamp from = RecordCounter.utc(LocalDate.of(year, 1, 1));
        Timestamp to = RecordCounter.utc(LocalDate.of(year + 1, 1, 1));
        Set<Long> seen = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT a.worker_id, " + WorkerSql.HOME_PATH + ", " + WorkerSql.POVERTY + ", "
                    + JobSql.WORK_AREA + ", MONTH(" + RecordCounter.china("a.placed_at") + ") m FROM job_application a "
                    + JobSql.join("a.job_id") + " " + WorkerSql.join("a.worker_id") + " "
                    + "WHERE a.placed_at >= ? AND a.placed_at < ? ORDER BY a.placed_at, a.id");
            ps.setTimestamp(1, from);
            ps.setTimestamp(2, to);
            ps.setFetchSize(Integer.MIN_VALUE);
            return ps;
        }, rs -> {
            if (!seen.add(rs.getLong(1))) {
                return;
            }
            Totals t = grid.at(rs.getString(2), rs.getInt("m"));
            String area = rs.getString(4);
            t.add("OUT_OF_PROVINCE".equals(area) ? Measure.TRANSFER_OUT
                    : "IN_COUNTY".equals(area) ? Measure.TRANSFER_COUNTY : Measure.TRANSFER_PROVINCE, 1);
            if (rs.getBoolean(3)) {
                t.add(Measure.TRANSFER_POOR, 1);
            }
        });
    }
}
