package cn.laowu.core.placement;

import cn.laowu.core.worker.WorkerHomeMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The worker's follow-ups follow a change of home region: counted where the worker lives now (稳定就业),
 * and the open ones looked after by the new township.
 */
@Component
class FollowUpHomeFollower {

    private final JdbcTemplate jdbc;

    FollowUpHomeFollower(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(WorkerHomeMoved moved) {
        jdbc.update("UPDATE follow_up SET region_path = ? WHERE worker_id = ?", moved.toPath(), moved.workerId());
    }
}
