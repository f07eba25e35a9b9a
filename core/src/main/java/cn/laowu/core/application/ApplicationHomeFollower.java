package cn.laowu.core.application;

import cn.laowu.core.worker.WorkerHomeMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The worker's applications follow a change of home region: they are counted where the worker lives now. */
@Component
class ApplicationHomeFollower {

    private final JdbcTemplate jdbc;

    ApplicationHomeFollower(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(WorkerHomeMoved moved) {
        // every row, past years' too: a rebuilt year counts as it did when the figures joined the worker
        jdbc.update("UPDATE job_application SET home_region_path = ? WHERE worker_id = ?", moved.toPath(), moved.workerId());
    }
}
