package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.region.RegionSql;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 劳务合作基地 (004 第十四条): a destination employer that takes many of our workers, marked by the
 * office that signed the agreement (dates, place, terms); its visits; and its 专项台账 of 建档立卡
 * workers, read from where they work now (placements, follow-ups, what they told us).
 */
@Service
public class CooperationBases {

    public record Base(long id, Long outpostId, String ownerRegionPath, String employerName, String divisionCode,
                       LocalDate signedOn, LocalDate endsOn, String signedAtPlace, String terms, LocalDate lastVisitedOn) {
    }

    public record NewBase(String employerName, String divisionCode, LocalDate signedOn, LocalDate endsOn,
                          String signedAtPlace, String terms, Long outpostId) {
    }

    public record Visit(long id, long baseId, LocalDate visitedOn, String visitors, int workersMet, String problems,
                        String followUps, String recordedBy) {
    }

    public record NewVisit(LocalDate visitedOn, String visitors, Integer workersMet, String problems, String followUps) {
    }

    /** One line of the 专项台账: never the full ID number. */
    public record LedgerLine(long workerId, String name, String idNumberMasked, String homeRegionName,
                             LocalDateTime since) {
    }

    private static final RowMapper<Base> BASE = (rs, i) -> new Base(rs.getLong("id"), (Long) rs.getObject("outpost_id", Long.class),
            rs.getString("owner_region_path"), rs.getString("employer_name"), rs.getString("division_code"),
            rs.getDate("signed_on").toLocalDate(), rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate(),
            rs.getString("signed_at_place"), rs.getString("terms"),
            rs.getDate("last_visited_on") == null ? null : rs.getDate("last_visited_on").toLocalDate());

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final DestinationDivisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    public CooperationBases(JdbcTemplate jdbc, RegionService regions, DestinationDivisions divisions, AuditLog audit,
                            Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Base mark(Actor actor, RegionScope scope, NewBase input) {
        Region owner = regions.get(scope.rootCode());
        NewBase valid = validated(scope, input);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO cooperation_base (outpost_id, owner_region_code, "
                    + "owner_region_path, employer_name, division_code, signed_on, ends_on, signed_at_place, terms, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            Object[] values = {valid.outpostId(), owner.getCode(), owner.getPath(), valid.employerName(),
                    valid.divisionCode(), Date.valueOf(valid.signedOn()),
                    valid.endsOn() == null ? null : Date.valueOf(valid.endsOn()), valid.signedAtPlace(), valid.terms(),
                    Timestamp.valueOf(LocalDateTime.now(clock))};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, key);
        long id = key.getKey().longValue();
        audit.record(actor, "CREATE", "cooperation_base", id, null, valid.employerName() + ";" + valid.terms());
        return get(scope, id);
    }

    /** A new agreement text, dates, place or outpost for a base of the office (or one below it). */
    @Transactional
    public Base edit(Actor actor, RegionScope scope, long id, NewBase input) {
        Base before = get(scope, id);
        NewBase valid = validated(scope, input);
        jdbc.update("UPDATE cooperation_base SET outpost_id = ?, employer_name = ?, division_code = ?, signed_on = ?, "
                        + "ends_on = ?, signed_at_place = ?, terms = ? WHERE id = ?", valid.outpostId(), valid.employerName(),
                valid.divisionCode(), Date.valueOf(valid.signedOn()),
                valid.endsOn() == null ? null : Date.valueOf(valid.endsOn()), valid.signedAtPlace(), valid.terms(), id);
        audit.record(actor, "UPDATE", "cooperation_base", id, describe(before), describe(get(scope, id)));
        return get(scope, id);
    }

    private NewBase validated(RegionScope scope, NewBase input) {
        if (input.outpostId() != null && jdbc.queryForObject("SELECT COUNT(*) FROM outpost WHERE id = ? "
                + "AND parent_region_path LIKE ?", Long.class, input.outpostId(), scope.likePattern()) == 0) {
            throw new RuleViolation("所选驻外机构不归本单位管理。");
        }
        String employer = Text.required(input.employerName(), "企业名称", 128);
        DestinationDivision place = divisions.require(input.divisionCode());
        if (input.signedOn() == null) {
            throw new RuleViolation("请填写协议签订日期。");
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.signedOn())) {
            throw new RuleViolation("协议到期日不能早于签订日。");
        }
        String terms = Text.required(input.terms(), "协议内容", 1000);
        return new NewBase(employer, place.code(), input.signedOn(), input.endsOn(),
                Text.limited(input.signedAtPlace(), "签订地点", 128), terms, input.outpostId());
    }

    private static String describe(Base b) {
        return b.employerName() + ";" + b.divisionCode() + ";" + b.signedOn() + "~" + (b.endsOn() == null ? "" : b.endsOn())
                + ";" + (b.signedAtPlace() == null ? "" : b.signedAtPlace()) + ";" + b.terms();
    }

    /** The bases an outpost looks after (its staff visit them). */
    public List<Base> ofOutpost(OutpostScope scope) {
        return jdbc.query("SELECT * FROM cooperation_base WHERE outpost_id = ? ORDER BY id", BASE, scope.outpostId());
    }

    /** The visits to one of the outpost's bases, newest first. */
    public List<Visit> visits(OutpostScope scope, long baseId) {
        return visits(new RegionScope(ofOutpost(scope, baseId).ownerRegionPath()), baseId);
    }

    private Base ofOutpost(OutpostScope scope, long baseId) {
        return ofOutpost(scope).stream().filter(b -> b.id() == baseId).findFirst()
                .orElseThrow(() -> new NotFoundInScope("cooperation_base"));
    }

    /** The outpost's staff record a visit to one of its bases. */
    @Transactional
    public Visit visit(Actor actor, OutpostScope scope, long baseId, NewVisit input) {
        Base base = ofOutpost(scope, baseId);
        return visit(actor, new RegionScope(base.ownerRegionPath()), baseId, input);
    }

    @Transactional
    public Visit visit(Actor actor, RegionScope scope, long baseId, NewVisit input) {
        get(scope, baseId);
        LocalDate today = ChinaTime.today(clock);
        if (input.visitedOn() == null || input.visitedOn().isAfter(today)) {
            throw new RuleViolation("请填写走访日期(不能晚于今天)。");
        }
        String visitors = Text.required(input.visitors(), "走访人员", 255);
        if (input.workersMet() == null || input.workersMet() < 0 || input.workersMet() > 100_000) {
            throw new RuleViolation("请填写见到的务工人员人数。");
        }
        jdbc.update("INSERT INTO base_visit (base_id, visited_on, visitors, workers_met, problems, follow_ups, recorded_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", baseId, Date.valueOf(input.visitedOn()), visitors,
                input.workersMet(), Text.limited(input.problems(), "发现的问题", 1000),
                Text.limited(input.followUps(), "后续跟进", 1000), actor.username(), Timestamp.valueOf(LocalDateTime.now(clock)));
        jdbc.update("UPDATE cooperation_base SET last_visited_on = GREATEST(COALESCE(last_visited_on, ?), ?) WHERE id = ?",
                Date.valueOf(input.visitedOn()), Date.valueOf(input.visitedOn()), baseId);
        audit.record(actor, "BASE_VISIT", "cooperation_base", baseId, null, input.visitedOn() + " " + visitors);
        List<Visit> all = visits(scope, baseId);
        return all.get(0);
    }

    public List<Base> list(RegionScope scope) {
        return jdbc.query("SELECT * FROM cooperation_base WHERE owner_region_path LIKE ? ORDER BY id", BASE,
                scope.likePattern());
    }

    public Base get(RegionScope scope, long id) {
        return jdbc.query("SELECT * FROM cooperation_base WHERE id = ? AND owner_region_path LIKE ?", BASE,
                id, scope.likePattern()).stream().findFirst().orElseThrow(() -> new NotFoundInScope("cooperation_base"));
    }

    /** Newest first. */
    public List<Visit> visits(RegionScope scope, long baseId) {
        get(scope, baseId);
        return jdbc.query("SELECT * FROM base_visit WHERE base_id = ? ORDER BY visited_on DESC, id DESC",
                (rs, i) -> new Visit(rs.getLong("id"), rs.getLong("base_id"), rs.getDate("visited_on").toLocalDate(),
                        rs.getString("visitors"), rs.getInt("workers_met"), rs.getString("problems"),
                        rs.getString("follow_ups"), rs.getString("recorded_by")), baseId);
    }

    /**
     * 专项台账: the 建档立卡 workers from the owner's regions who work at this employer now (by the
     * employer name their current workplace carries, at the base's place or below).
     */
    public List<LedgerLine> ledger(RegionScope scope, long baseId) {
        Base base = get(scope, baseId);
        String path = divisions.require(base.divisionCode()).path();
        return jdbc.query("SELECT w.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED + ", r.name, p.first_seen_at "
                        + "FROM worker_workplace p " + WorkerSql.join("p.worker_id") + " "
                        + RegionSql.joinByCode("r", WorkerSql.HOME_REGION_CODE) + " "
                        + "WHERE p.is_current = 1 AND p.division_path LIKE ? AND p.employer = ? "
                        + "AND " + WorkerSql.POVERTY_REGISTERED + " AND " + WorkerSql.livesUnder("?") + " ORDER BY " + WorkerSql.NAME,
                (rs, i) -> new LedgerLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()), RegionScope.below(path), base.employerName(),
                RegionScope.below(base.ownerRegionPath()));
    }
}
