package cn.laowu.core.outpost;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The places an outpost serves. The rule for overlaps: each place has at most one open outpost, so
 * an area that shares or nests a place with another open outpost's is refused as a whole (nothing
 * changes) and the answer names the other outpost; the two offices agree who serves it and the
 * other one gives it up first. Checked under a lock on the destination cities' rows, so two areas
 * set at the same moment cannot both pass.
 */
@Component
class OutpostAreas {

    static final int MAX_PLACES = 50;

    private final JdbcTemplate jdbc;
    private final DestinationDivisions divisions;

    OutpostAreas(JdbcTemplate jdbc, DestinationDivisions divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    /** Validates and stores the area of {@code outpostId}, replacing what it had. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<DestinationDivision> set(long outpostId, List<String> codes) {
        List<DestinationDivision> area = validate(codes);
        List<String> cities = area.stream().map(d -> d.parentCode() == null ? d.code() : d.parentCode()).distinct().toList();
        jdbc.queryForList("SELECT code FROM destination_division WHERE code IN (" + marks(cities.size()) + ") FOR UPDATE",
                String.class, cities.toArray());
        for (DestinationDivision place : area) {
            Optional<String> other = jdbc.query("SELECT o.name FROM outpost_area a JOIN outpost o ON o.id = a.outpost_id "
                            + "WHERE o.closed_at IS NULL AND a.outpost_id <> ? AND (a.division_path LIKE ? "
                            + "OR ? LIKE CONCAT(a.division_path, '%')) LIMIT 1",
                    (rs, i) -> rs.getString(1), outpostId, RegionScope.below(place.path()), place.path()).stream().findFirst();
            if (other.isPresent()) {
                throw new RuleViolation(divisions.fullName(place) + " 已由" + other.get()
                        + "服务。一个地方只由一个驻外机构服务,请先与对方商定,由对方调整后再设。");
            }
        }
        jdbc.update("DELETE FROM outpost_area WHERE outpost_id = ?", outpostId);
        for (DestinationDivision place : area) {
            jdbc.update("INSERT INTO outpost_area (outpost_id, division_code, division_path) VALUES (?, ?, ?)",
                    outpostId, place.code(), place.path());
        }
        return area;
    }

    /** Codes that exist, at least one, none inside another of the same list. */
    List<DestinationDivision> validate(List<String> codes) {
        LinkedHashSet<String> given = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code != null && !code.isBlank()) {
                given.add(code.trim());
            }
        }
        if (given.isEmpty()) {
            throw new RuleViolation("请填写服务区域(地区代码,如 441900 东莞市)。");
        }
        if (given.size() > MAX_PLACES) {
            throw new RuleViolation("服务区域最多" + MAX_PLACES + "个地方。");
        }
        List<DestinationDivision> area = new ArrayList<>();
        for (String code : given) {
            DestinationDivision place = divisions.require(code);
            for (DestinationDivision before : area) {
                if (before.overlaps(place)) {
                    throw new RuleViolation(divisions.fullName(place) + " 和 " + divisions.fullName(before)
                            + " 重复了:整个市已包含它的区镇,只填一个。");
                }
            }
            area.add(place);
        }
        return area;
    }

    List<DestinationDivision> of(long outpostId) {
        return jdbc.queryForList("SELECT division_code FROM outpost_area WHERE outpost_id = ? ORDER BY division_path",
                String.class, outpostId).stream().map(divisions::require).toList();
    }

    void clear(long outpostId) {
        jdbc.update("DELETE FROM outpost_area WHERE outpost_id = ?", outpostId);
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
