package cn.laowu.core.outpost;

import cn.laowu.core.station.StationService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reference table of destination places: validating an outpost's area, and reading a place
 * from what a worker says ("我现在在东莞长安") or from a shared location. The table is fixed data
 * from a migration, so it is read once per instance.
 */
@Service
public class DestinationDivisions {

    /** A shared location further than this from every centre is not placed. */
    static final double MAX_KM = 40;

    private final JdbcTemplate jdbc;
    private volatile List<DestinationDivision> all;

    public DestinationDivisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DestinationDivision> all() {
        List<DestinationDivision> loaded = all;
        if (loaded == null) {
            loaded = jdbc.query("SELECT code, parent_code, name, path, latitude, longitude FROM destination_division "
                    + "ORDER BY path", (rs, i) -> new DestinationDivision(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), (Double) rs.getObject(5), (Double) rs.getObject(6)));
            all = List.copyOf(loaded);
        }
        return loaded;
    }

    public Optional<DestinationDivision> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(d -> d.code().equals(code.trim())).findFirst();
    }

    /** A code given by staff: refused with a clear sentence when it is not in the table. */
    public DestinationDivision require(String code) {
        return find(code).orElseThrow(() -> new RuleViolation("没有代码为 " + code + " 的地区(请用国家行政区划代码)。"));
    }

    /** The full name, city first: "东莞市长安镇". */
    public String fullName(DestinationDivision division) {
        return division.parentCode() == null ? division.name()
                : find(division.parentCode()).map(DestinationDivision::name).orElse("") + division.name();
    }

    /**
     * The most precise place a text names: "我现在在东莞长安" → 长安镇. A district counts by its full name,
     * or by its short name in words its city's name did not use, so "长沙" is 长沙市 and "长沙县" 长沙县;
     * a district named alone is found too.
     */
    public Optional<DestinationDivision> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String said = text.replaceAll("\\s+", "");
        DestinationDivision best = null;
        for (DestinationDivision city : all().stream().filter(d -> d.parentCode() == null).toList()) {
            boolean cityNamed = names(said, city);
            String rest = cityNamed ? said.replace(city.name(), "").replace(city.shortName(), "") : said;
            Optional<DestinationDivision> district = all().stream()
                    .filter(d -> city.code().equals(d.parentCode()) && (said.contains(d.name()) || names(rest, d)))
                    .max(Comparator.comparingInt(d -> d.name().length()));
            if (district.isPresent()) {
                best = district.get();
                if (cityNamed) {
                    return district;
                }
            } else if (cityNamed && best == null) {
                best = city;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The place whose centre is nearest, when one lies within {@link #MAX_KM}: districts before cities. */
    public Optional<DestinationDivision> nearest(double latitude, double longitude) {
        return all().stream().filter(d -> d.latitude() != null && d.parentCode() != null)
                .filter(d -> StationService.distanceKm(latitude, longitude, d.latitude(), d.longitude()) <= MAX_KM)
                .min(Comparator.comparingDouble(d -> StationService.distanceKm(latitude, longitude, d.latitude(), d.longitude())))
                .or(() -> all().stream().filter(d -> d.latitude() != null && d.parentCode() == null)
                        .filter(d -> StationService.distanceKm(latitude, longitude, d.latitude(), d.longitude()) <= MAX_KM)
                        .min(Comparator.comparingDouble(d -> StationService.distanceKm(latitude, longitude, d.latitude(), d.longitude()))));
    }

    private static boolean names(String text, DestinationDivision d) {
        return text.contains(d.name()) || text.contains(d.shortName());
    }
}
