package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.staff.StaffSql;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 驻外劳务服务中心 in the office tree: created and managed by the 州 or county that runs them (region
 * scope), each serving an area of destination places, with its staff (站长, 工作人员).
 */
@Service
public class OutpostService {

    private static final String COLUMNS = "id, name, parent_region_code, parent_region_path, address, phone, hours, "
            + "latitude, longitude, appid, closed_at";
    private static final RowMapper<Outpost> ROW = (rs, i) -> new Outpost(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            (Double) rs.getObject(8), (Double) rs.getObject(9), rs.getString(10),
            rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toLocalDateTime());

    private final JdbcTemplate jdbc;
    private final OutpostAreas areas;
    private final RegionService regions;
    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock;

    public OutpostService(JdbcTemplate jdbc, OutpostAreas areas, RegionService regions, StaffService staff,
                          AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.regions = regions;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Someone on an outpost's duty list. */
    public record Member(long staffAccountId, String username, String displayName, OutpostRole role, String phone,
                         String appid, String openid) {
    }

    public record NewMember(String username, String displayName, OutpostRole role, String phone, String appid,
                            String openid) {
    }

    @Transactional
    public Outpost create(Actor actor, RegionScope scope, NewOutpost input) {
        Region parent = regions.find(input.parentRegionCode()).filter(scope::covers)
                .orElseThrow(() -> new RuleViolation("请选择您管辖范围内的州或县作为主管单位。"));
        if (parent.getLevel() != RegionLevel.PREFECTURE && parent.getLevel() != RegionLevel.COUNTY) {
            throw new RuleViolation("驻外机构由州或县设立,请选择州或县。");
        }
        String name = Text.required(input.name(), "名称", 64);
        String address = Text.required(input.address(), "地址", 128);
        String phone = phone(input.phone());
        String hours = Text.limited(input.hours(), "办公时间", 64);
        checkCoordinates(input.latitude(), input.longitude());
        String appid = Text.limited(input.appid(), "公众号", 32);
        areas.validate(input.areaCodes());
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO outpost (name, parent_region_code, parent_region_path, "
                    + "address, phone, hours, latitude, longitude, appid, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            Object[] values = {name, parent.getCode(), parent.getPath(), address, phone, hours, input.latitude(),
                    input.longitude(), appid, Timestamp.valueOf(now), Timestamp.valueOf(now)};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, key);
        long id = key.getKey().longValue();
        List<DestinationDivision> area = areas.set(id, input.areaCodes());
        audit.record(actor, "CREATE", "outpost", id, null, name + ";区域 " + codes(area));
        return find(id).orElseThrow();
    }

    /** Replaces the area; refused whole (nothing changes) on a bad code or an overlap. */
    @Transactional
    public List<DestinationDivision> setArea(Actor actor, RegionScope scope, long id, List<String> codes) {
        Outpost outpost = get(scope, id);
        if (!outpost.open()) {
            throw new RuleViolation("这个驻外机构已撤销。");
        }
        String before = codes(areas.of(id));
        List<DestinationDivision> area = areas.set(id, codes);
        audit.record(actor, "SET_AREA", "outpost", id, before, codes(area));
        return area;
    }

    /** An outpost that closes keeps its records; its area is free for another. */
    @Transactional
    public void close(Actor actor, RegionScope scope, long id) {
        get(scope, id);
        jdbc.update("UPDATE outpost SET closed_at = ?, updated_at = ? WHERE id = ? AND closed_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now(clock)), Timestamp.valueOf(LocalDateTime.now(clock)), id);
        areas.clear(id);
        audit.record(actor, "CLOSE", "outpost", id, null, null);
    }

    /** A console account for the outpost (at its parent office) and its place on the duty list. */
    @Transactional
    public StaffService.IssuedPassword addMember(Actor actor, StaffRole actorRole, RegionScope scope, long outpostId,
                                                 NewMember input) {
        Outpost outpost = get(scope, outpostId);
        if (input.role() == null) {
            throw new RuleViolation("请选择站长或工作人员。");
        }
        String phone = input.phone() == null || input.phone().isBlank() ? null : phone(input.phone());
        boolean wechat = input.appid() != null && !input.appid().isBlank() && input.openid() != null
                && !input.openid().isBlank();
        StaffService.IssuedPassword issued = staff.create(actor, actorRole, scope, new StaffService.NewStaff(
                input.username(), input.displayName(), input.role().staffRole(), outpost.parentRegionCode()));
        jdbc.update("INSERT INTO outpost_staff (staff_account_id, outpost_id, role, phone, appid, openid) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", issued.account().getId(), outpostId, input.role().name(), phone,
                wechat ? input.appid().trim() : null, wechat ? input.openid().trim() : null);
        return issued;
    }

    public List<Member> members(long outpostId) {
        return jdbc.query("SELECT s.staff_account_id, a.username, a.display_name, s.role, s.phone, s.appid, s.openid "
                        + "FROM outpost_staff s " + StaffSql.joinById("a", "s.staff_account_id") + " "
                        + "WHERE s.outpost_id = ? AND a.enabled = 1 ORDER BY s.role, a.id",
                (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        OutpostRole.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)),
                outpostId);
    }

    /** The outpost scope of a signed-in account: none unless it is on an open outpost's staff. */
    public Optional<OutpostScope> scopeOf(long staffAccountId) {
        return jdbc.query("SELECT s.outpost_id, s.role, a.username FROM outpost_staff s "
                        + "JOIN outpost o ON o.id = s.outpost_id " + StaffSql.joinById("a", "s.staff_account_id") + " "
                        + "WHERE s.staff_account_id = ? AND o.closed_at IS NULL",
                (rs, i) -> new OutpostScope(rs.getLong(1), OutpostRole.valueOf(rs.getString(2)), rs.getString(3)),
                staffAccountId).stream().findFirst();
    }

    public List<Outpost> list(RegionScope scope) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outpost WHERE parent_region_path LIKE ? "
                + "ORDER BY closed_at IS NOT NULL, id", ROW, scope.likePattern());
    }

    public Outpost get(RegionScope scope, long id) {
        return find(id).filter(o -> scope.covers(o.parentRegionPath())).orElseThrow(() -> new NotFoundInScope("outpost"));
    }

    public Outpost get(OutpostScope scope) {
        return find(scope.outpostId()).orElseThrow(() -> new NotFoundInScope("outpost"));
    }

    public Optional<Outpost> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outpost WHERE id = ?", ROW, id).stream().findFirst();
    }

    public List<DestinationDivision> area(long outpostId) {
        return areas.of(outpostId);
    }

    /** The open outpost serving a place (its path), if any. */
    public Optional<Outpost> serving(String divisionPath) {
        if (divisionPath == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS.replaceAll("(^|, )", "$1o.") + " FROM outpost o "
                + "JOIN outpost_area a ON a.outpost_id = o.id WHERE o.closed_at IS NULL "
                + "AND ? LIKE CONCAT(a.division_path, '%') ORDER BY o.id LIMIT 1", ROW, divisionPath).stream().findFirst();
    }

    private static String phone(String phone) {
        String value = Text.required(phone, "电话", 32);
        if (!value.matches("[0-9+\\- ]{3,32}")) {
            throw new RuleViolation("电话只能有数字和短横线,最多32位。");
        }
        return value;
    }

    private static void checkCoordinates(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null) || latitude != null && (!Double.isFinite(latitude)
                || !Double.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new RuleViolation("经纬度不对:纬度-90到90,经度-180到180,两个都填或都不填。");
        }
    }

    private static String codes(List<DestinationDivision> area) {
        return String.join(",", area.stream().map(DestinationDivision::code).toList());
    }
}
