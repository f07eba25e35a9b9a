package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.RegionSql;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The workers an outpost may see: those whose current workplace lies in its area, nobody else.
 * The area is applied in SQL (a join on the outpost's own area rows), so a worker who moved away
 * or was never there is not read at all. ID numbers only ever masked; the phone masked, and whole
 * only for the 站长, one look at a time, each in the audit log.
 */
@Service
public class OutpostWorkers {

    static final int MAX_PAGE = 200;

    /** What an outpost sees of a worker: never the full ID number, never the home office's records. */
    public record Row(long workerId, String name, String idNumberMasked, String phoneMasked, String homeRegionName,
                      String divisionCode, String employer, LocalDateTime confirmedAt) {
    }

    private static final String IN_AREA = "FROM worker_workplace p " + WorkerSql.join("p.worker_id") + " "
            + RegionSql.joinByCode("r", WorkerSql.HOME_REGION_CODE) + " WHERE p.is_current = 1 AND EXISTS (SELECT 1 FROM outpost_area a "
            + "JOIN outpost o ON o.id = a.outpost_id WHERE a.outpost_id = ? AND o.closed_at IS NULL "
            + "AND p.division_path LIKE CONCAT(a.division_path, '%'))";
    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toLocalDateTime());
    private static final String COLUMNS = "SELECT w.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED + ", "
            + WorkerSql.PHONE_MASKED + ", r.name, "
            + "p.division_code, p.employer, p.confirmed_at ";

    private final JdbcTemplate jdbc;
    private final WorkerService workers;
    private final AuditLog audit;

    public OutpostWorkers(JdbcTemplate jdbc, WorkerService workers, AuditLog audit) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.audit = audit;
    }

    /** Newest confirmation first. */
    public List<Row> inArea(OutpostScope scope, int limit) {
        return jdbc.query(COLUMNS + IN_AREA + " ORDER BY p.confirmed_at DESC, w.id LIMIT ?", ROW, scope.outpostId(),
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    public long count(long outpostId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) " + IN_AREA, Long.class, outpostId);
        return n == null ? 0 : n;
    }

    public Row get(OutpostScope scope, long workerId) {
        return find(scope, workerId).orElseThrow(() -> new NotFoundInScope("worker"));
    }

    public Optional<Row> find(OutpostScope scope, long workerId) {
        return jdbc.query(COLUMNS + IN_AREA + " AND w.id = ?", ROW, scope.outpostId(), workerId).stream().findFirst();
    }

    /** The 站长 calls a worker in the area: the whole number, audited. Others keep the masked one. */
    @Transactional
    public Optional<String> revealPhone(Actor actor, OutpostScope scope, long workerId) {
        if (!scope.head()) {
            throw new RuleViolation("只有站长可以查看完整手机号。");
        }
        get(scope, workerId);
        audit.record(actor, "REVEAL_PHONE", "worker", workerId, null, "驻外机构联系务工人员");
        return workers.find(workerId).filter(w -> w.getPhoneCipher() != null).map(workers::phoneOf);
    }
}
