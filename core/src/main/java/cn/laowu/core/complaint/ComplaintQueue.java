package cn.laowu.core.complaint;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the console reads of complaints: the queue in deadline order, one case, its history and
 * the other cases against the same employer, always within the office's scope.
 */
@Service
public class ComplaintQueue {

    private final ComplaintMapper complaints;
    private final HistoryMapper history;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ComplaintQueue(ComplaintMapper complaints, HistoryMapper history, JdbcTemplate jdbc, Clock clock) {
        this.complaints = complaints;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Filters of the queue; null means any. */
    public record Query(ComplaintStatus status, ComplaintKind kind, Boolean urgent, Boolean overdue,
                        Boolean openOnly, String employer) {
        public static Query all() {
            return new Query(null, null, null, null, true, null);
        }
    }

    /**
     * Cases the office answers for now, or that started in its area (also after they climbed),
     * soonest deadline first (at the same deadline, the older case first). As one OR of two path
     * ranges the query read and sorted every case of the office (p95 0.3–0.5 s over a million
     * cases). Now each half ("owned under the scope", "started under the scope") first finds the
     * few office paths under the scope (a loose scan of its index), then walks the index (path,
     * status, due_at) in deadline order for each path and status, stopping at the page's end:
     * ids and deadlines only, one UNION ALL. The page's cases are then read by id.
     */
    public Page<Complaint> queue(RegionScope scope, Query q, long page, long size) {
        long current = Math.max(1, page);
        long rows = Math.min(Math.max(1, size), 100);
        long upTo = current * rows;
        java.util.Map<Long, Complaint> both = new java.util.HashMap<>();
        for (String column : List.of("owner_region_path", "origin_region_path")) {
            queueHalf(column, scope, q, upTo).forEach(c -> both.putIfAbsent(c.getId(), c));
        }
        List<Long> ids = both.values().stream().sorted(QUEUE_SORT).skip(upTo - rows).limit(rows).map(Complaint::getId).toList();
        List<Complaint> cases = ids.isEmpty() ? List.of() : complaints.selectByIds(ids).stream().sorted(QUEUE_SORT).toList();
        // No COUNT(*): over a million cases it would cost as much as the page itself; "next page" is enough.
        Page<Complaint> result = new Page<>(current, rows, false);
        result.setRecords(cases);
        return result;
    }

    /** Past this many office paths under a scope (a whole 州), one ranged scan sorted is cheaper than a walk per path. */
    private static final int MAX_WALKED_PATHS = 12;
    /** As the queue is sorted: running deadlines first, soonest first; paused and finished cases last; oldest first. */
    private static final java.util.Comparator<Complaint> QUEUE_SORT = java.util.Comparator
            .comparing(Complaint::getDueAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Complaint::getId);

    /** Ids and deadlines of the first {@code upTo} cases, in queue order, whose {@code column} is in the scope. */
    private List<Complaint> queueHalf(String column, RegionScope scope, Query q, long upTo) {
        List<String> paths = jdbc.queryForList("SELECT DISTINCT " + column + " FROM complaint WHERE "
                + RegionScope.likeSql(column) + " LIMIT " + (MAX_WALKED_PATHS + 1), String.class, scope.likePattern());
        if (paths.isEmpty()) {
            return List.of();
        }
        List<ComplaintStatus> statuses = q.status() != null ? List.of(q.status())
                : java.util.Arrays.stream(ComplaintStatus.values())
                .filter(st -> st.isOpen() || Boolean.FALSE.equals(q.openOnly())).toList();
        StringBuilder filters = new StringBuilder();
        List<Object> filterArgs = new java.util.ArrayList<>();
        if (q.kind() != null) {
            filters.append(" AND kind = ?");
            filterArgs.add(q.kind().name());
        }
        if (q.urgent() != null) {
            filters.append(" AND urgent = ?");
            filterArgs.add(q.urgent());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            filters.append(" AND due_at <= ?");
            filterArgs.add(now());
        }
        String employer = EmployerNames.key(q.employer());
        if (employer != null) {
            filters.append(" AND employer_key LIKE ?");
            filterArgs.add(employer + "%");
        }
        StringBuilder sql = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        if (paths.size() > MAX_WALKED_PATHS) {
            sql.append("SELECT id, due_at FROM complaint WHERE ").append(RegionScope.likeSql(column)).append(" AND status IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"))).append(')')
                    .append(filters).append(" ORDER BY due_at IS NULL, due_at, id LIMIT ").append(upTo);
            args.add(scope.likePattern());
            statuses.forEach(st -> args.add(st.name()));
            args.addAll(filterArgs);
        } else {
            // Running deadlines in order, then the cases without one (paused, finished) oldest first:
            // each part an equality on (path, status) and so a walk of the index that stops at the limit.
            for (String path : paths) {
                for (ComplaintStatus st : statuses) {
                    for (String part : List.of("due_at IS NOT NULL ORDER BY due_at, id", "due_at IS NULL ORDER BY id")) {
                        sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("(SELECT id, due_at FROM complaint WHERE ")
                                .append(column).append(" = ? AND status = ?").append(filters).append(" AND ")
                                .append(part).append(" LIMIT ").append(upTo).append(')');
                        args.add(path);
                        args.add(st.name());
                        args.addAll(filterArgs);
                    }
                }
            }
        }
        return jdbc.query(sql.toString(), (rs, n) -> {
            Complaint c = new Complaint();
            c.setId(rs.getLong("id"));
            c.setDueAt(rs.getObject("due_at", LocalDateTime.class));
            return c;
        }, args.toArray());
    }

    public Complaint get(RegionScope scope, long id) {
        Complaint c = complaints.selectOne(visible(scope).eq(Complaint::getId, id));
        if (c == null) {
            throw new NotFoundInScope("Complaint");
        }
        return c;
    }

    public List<HistoryEntry> history(RegionScope scope, long id) {
        return history.of(get(scope, id).getId());
    }

    /** Other cases against the same employer, to be handled together. */
    public List<Complaint> sameEmployer(RegionScope scope, Complaint c) {
        if (c.getEmployerKey() == null) {
            return List.of();
        }
        return complaints.selectList(visible(scope).eq(Complaint::getEmployerKey, c.getEmployerKey())
                .ne(Complaint::getId, c.getId()).orderByDesc(Complaint::getId).last("LIMIT 50"));
    }

    public Complaint get(long id) {
        return complaints.selectById(id);
    }

    private LambdaQueryWrapper<Complaint> visible(RegionScope scope) {
        return new LambdaQueryWrapper<Complaint>().and(w -> scope.applyTo(
                scope.applyTo(w, Complaint::getOwnerRegionPath).or(), Complaint::getOriginRegionPath));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
