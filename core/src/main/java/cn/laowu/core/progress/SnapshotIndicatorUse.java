package cn.laowu.core.progress;

import cn.laowu.core.target.IndicatorUse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A 调度 snapshot refers to the indicator (its rows keep the code). */
@Component
class SnapshotIndicatorUse implements IndicatorUse {

    private final JdbcTemplate jdbc;

    SnapshotIndicatorUse(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(String indicatorCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM dispatch_row WHERE indicator_code = ?)",
                Boolean.class, indicatorCode));
    }
}
