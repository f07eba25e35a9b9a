package cn.laowu.core.target;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.target.TargetBook.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 目标责任书 (004 第二十五条; 003 "县政府与各乡镇签订目标管理责任书"): each level sets the year's
 * targets of its direct children; the child confirms (签订) and that version is frozen; a later
 * change is a new version with its reason. Every change is audited.
 */
@Service
public class TargetService {

    private final JdbcTemplate jdbc;
    private final IndicatorCatalogue catalogue;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    public TargetService(JdbcTemplate jdbc, IndicatorCatalogue catalogue, RegionService regions, AuditLog audit,
                         Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the targets of {@code childCode}, a direct child of the scope's own region. Values are
     * the raw form input by indicator code (a 州 records its own, given by the province) (blank: no target). Refused with the reason, nothing
     * changed: a unit's own targets, a region out of scope, a value that is not a whole number of
     * at least 0, a percentage over 100, a confirmed version changed without a reason.
     */
    @Transactional
    public TargetBook set(Actor actor, RegionScope scope, int year, String childCode, Map<String, String> input,
                          String reason) {
        Region child = regions.find(childCode).filter(scope::covers)
                .orElseThrow(() -> new NotFoundInScope("region " + childCode));
        boolean topLevel = child.getParentCode() == null;
        if (child.getCode().equals(scope.rootCode()) && !topLevel) {
            throw new RuleViolation("本级的目标由上级下达,不能自己设定。");
        }
        // a 州's own targets come from the province, which is not in the tree: its office records them
        if (!topLevel && !scope.rootCode().equals(child.getParentCode())) {
            throw new RuleViolation("只能给直属下级(" + child.getName() + "的上一级)下达目标。");
        }
        checkYear(year);
        Map<String, Long> values = parse(input);
        Optional<TargetBook> latest = current(year, childCode);
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > 200) {
            throw new RuleViolation("调整原因最多200个字。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        TargetBook saved;
        if (latest.isPresent() && !latest.get().confirmed()) {
            TargetBook draft = latest.get();
            jdbc.update("DELETE FROM target_value WHERE book_id = ?", draft.id());
            insertValues(draft.id(), values);
            jdbc.update("UPDATE target_book SET set_by = ?, set_at = ?, reason = COALESCE(?, reason) WHERE id = ?",
                    actor.username(), now, why, draft.id());
            saved = book(draft.id());
            audit.record(actor, "SET_TARGETS", "target_book", draft.id(), describe(draft), describe(saved));
            return saved;
        }
        if (latest.isPresent() && why == null) {
            throw new RuleViolation(child.getName() + "的第" + latest.get().version()
                    + "版目标责任书已签订,不能直接修改。如需调整,请填写调整原因,将生成新的版本。");
        }
        int version = latest.map(b -> b.version() + 1).orElse(1);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO target_book (year, region_code, "
                    + "region_path, version, status, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setInt(1, year);
            ps.setString(2, child.getCode());
            ps.setString(3, child.getPath());
            ps.setInt(4, version);
            ps.setString(5, Status.SET.name());
            ps.setString(6, why);
            ps.setString(7, actor.username());
            ps.setObject(8, now);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        insertValues(id, values);
        saved = book(id);
        audit.record(actor, "SET_TARGETS", "target_book", id, latest.map(TargetService::describe).orElse(null),
                describe(saved));
        return saved;
    }

    /** 签订: the unit itself confirms the newest version set for it; that version is frozen from now on. */
    @Transactional
    public TargetBook confirm(Actor actor, RegionScope scope, int year) {
        String own = scope.rootCode();
        TargetBook latest = current(year, own).orElseThrow(() -> new RuleViolation("上级还没有下达" + year + "年的目标。"));
        if (latest.confirmed()) {
            throw new RuleViolation("第" + latest.version() + "版目标责任书已经签订过了。");
        }
        int changed = jdbc.update("UPDATE target_book SET status = ?, confirmed_by = ?, confirmed_at = ? "
                + "WHERE id = ? AND status = ?", Status.CONFIRMED.name(), actor.username(), LocalDateTime.now(clock),
                latest.id(), Status.SET.name());
        if (changed != 1) {
            throw new RuleViolation("目标刚被修改或已签订,请刷新后再看。");
        }
        audit.record(actor, "CONFIRM_TARGETS", "target_book", latest.id(), Status.SET.label(),
                "签订第" + latest.version() + "版");
        return book(latest.id());
    }

    /** The newest version of a unit's targets for the year. */
    public Optional<TargetBook> current(int year, String regionCode) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM target_book WHERE year = ? AND region_code = ? "
                + "ORDER BY version DESC LIMIT 1", Long.class, year, regionCode);
        return ids.isEmpty() ? Optional.empty() : Optional.of(book(ids.get(0)));
    }

    /** The newest confirmed version: what progress is measured against once signed. */
    public Optional<TargetBook> confirmed(int year, String regionCode) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM target_book WHERE year = ? AND region_code = ? "
                + "AND status = 'CONFIRMED' ORDER BY version DESC LIMIT 1", Long.class, year, regionCode);
        return ids.isEmpty() ? Optional.empty() : Optional.of(book(ids.get(0)));
    }

    /** Every version, newest first. */
    public List<TargetBook> versions(RegionScope scope, int year, String regionCode) {
        Region region = regions.find(regionCode).filter(scope::covers)
                .orElseThrow(() -> new NotFoundInScope("region " + regionCode));
        return jdbc.queryForList("SELECT id FROM target_book WHERE year = ? AND region_code = ? ORDER BY version DESC",
                Long.class, year, region.getCode()).stream().map(this::book).toList();
    }

    /**
     * The year's targets of every unit in the scope (newest version each, confirmed or not), by
     * region code: one query, for the snapshot and the pages.
     */
    public Map<String, Map<String, Long>> latestValues(int year, String pathPrefix) {
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        jdbc.query("SELECT b.region_code, v.indicator_code, v.value FROM target_book b "
                        + "JOIN target_value v ON v.book_id = b.id WHERE b.year = ? AND b.region_path LIKE ? "
                        + "AND b.version = (SELECT MAX(x.version) FROM target_book x WHERE x.year = b.year "
                        + "AND x.region_code = b.region_code)",
                rs -> {
                    byRegion.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }, year, RegionScope.below(pathPrefix));
        return byRegion;
    }

    /** A parent's own targets beside its children's and their sum, with what falls short. */
    public Split split(RegionScope scope, int year, String parentCode) {
        Region parent = regions.find(parentCode).filter(scope::covers)
                .orElseThrow(() -> new NotFoundInScope("region " + parentCode));
        List<Indicator> indicators = catalogue.active();
        Optional<TargetBook> own = current(year, parent.getCode());
        List<Child> children = new ArrayList<>();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Region region : regions.children(parent.getCode())) {
            Optional<TargetBook> book = current(year, region.getCode());
            children.add(new Child(region, book.orElse(null)));
            book.ifPresent(b -> b.values().forEach((code, value) -> sums.merge(code, value, Long::sum)));
        }
        List<String> warnings = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Long target = own.map(b -> b.value(indicator.code())).orElse(null);
            if (target == null) {
                continue;
            }
            if (!indicator.higherBetter()) {
                ceilingWarnings(indicator, target, children, sums.getOrDefault(indicator.code(), 0L), warnings);
            } else if (indicator.isRate()) {
                children.stream().filter(c -> c.book() != null && c.book().value(indicator.code()) != null
                                && c.book().value(indicator.code()) < target)
                        .forEach(c -> warnings.add(indicator.name() + ":" + c.region().getName() + "定为"
                                + c.book().value(indicator.code()) + "%,低于本级目标" + target + "%"));
            } else if (sums.getOrDefault(indicator.code(), 0L) < target) {
                warnings.add(indicator.name() + ":下级合计" + sums.getOrDefault(indicator.code(), 0L)
                        + indicator.unit() + ",少于本级目标" + target + indicator.unit() + ",还差"
                        + (target - sums.getOrDefault(indicator.code(), 0L)) + indicator.unit());
            }
        }
        return new Split(parent, own.orElse(null), children, sums, warnings);
    }

    /** Lower is better, the target is a ceiling: a child's rate above it, or the children's sum over it. */
    private static void ceilingWarnings(Indicator indicator, long target, List<Child> children, long sum,
                                        List<String> warnings) {
        if (indicator.isRate()) {
            children.stream().filter(c -> c.book() != null && c.book().value(indicator.code()) != null
                            && c.book().value(indicator.code()) > target)
                    .forEach(c -> warnings.add(indicator.name() + ":" + c.region().getName() + "定为"
                            + c.book().value(indicator.code()) + "%,高于本级上限" + target + "%"));
        } else if (sum > target) {
            warnings.add(indicator.name() + ":下级合计" + sum + indicator.unit() + ",超过本级上限" + target
                    + indicator.unit() + ",多出" + (sum - target) + indicator.unit());
        }
    }

    public record Child(Region region, TargetBook book) {
    }

    /** @param warnings one sentence per indicator whose split falls short of the parent's own target */
    public record Split(Region parent, TargetBook own, List<Child> children, Map<String, Long> sums,
                        List<String> warnings) {
    }

    private Map<String, Long> parse(Map<String, String> input) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.active()) {
            String raw = input == null ? null : Text.blankToNull(input.get(indicator.code()));
            if (raw == null) {
                continue;
            }
            long value;
            try {
                value = Long.parseLong(raw.trim());
            } catch (NumberFormatException e) {
                throw new RuleViolation(indicator.name() + "应填整数(" + indicator.unit() + "),不能是“" + raw + "”。");
            }
            if (value < 0) {
                throw new RuleViolation(indicator.name() + "不能是负数。");
            }
            if (indicator.isRate() && value > 100) {
                throw new RuleViolation(indicator.name() + "是百分比,不能超过100。");
            }
            if (value > 100_000_000L) {
                throw new RuleViolation(indicator.name() + "的数字太大了,请核对。");
            }
            values.put(indicator.code(), value);
        }
        if (values.isEmpty()) {
            throw new RuleViolation("请至少填写一项目标。");
        }
        return values;
    }

    private void insertValues(long bookId, Map<String, Long> values) {
        values.forEach((code, value) -> jdbc.update(
                "INSERT INTO target_value (book_id, indicator_code, value) VALUES (?, ?, ?)", bookId, code, value));
    }

    private TargetBook book(long id) {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SELECT indicator_code, value FROM target_value WHERE book_id = ?",
                rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                }, id);
        return jdbc.queryForObject("SELECT * FROM target_book WHERE id = ?", (rs, n) -> new TargetBook(
                rs.getLong("id"), rs.getInt("year"), rs.getString("region_code"), rs.getString("region_path"),
                rs.getInt("version"), Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("set_by"), rs.getObject("set_at", LocalDateTime.class), rs.getString("confirmed_by"),
                rs.getObject("confirmed_at", LocalDateTime.class), values), id);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("年份不对:" + year);
        }
    }

    private static String describe(TargetBook book) {
        return "第" + book.version() + "版 " + book.status().label() + " " + book.values()
                + (book.reason() == null ? "" : " 原因:" + book.reason());
    }
}
