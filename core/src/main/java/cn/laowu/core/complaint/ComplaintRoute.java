package cn.laowu.core.complaint;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Where a new case goes: the office of the place of work when a route names it, else the township of home. */
@Component
class ComplaintRoute {

    private final JdbcTemplate jdbc;
    private final RegionService regions;

    ComplaintRoute(JdbcTemplate jdbc, RegionService regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    Optional<Region> forPlace(String workPlace) {
        if (workPlace == null || workPlace.isBlank()) {
            return Optional.empty();
        }
        List<String> codes = jdbc.queryForList("SELECT region_code FROM complaint_route WHERE ? LIKE CONCAT('%', place, '%') "
                + "ORDER BY LENGTH(place) DESC LIMIT 1", String.class, workPlace.trim());
        return codes.isEmpty() ? Optional.empty() : regions.find(codes.get(0));
    }

    /** The township of a home path (/州/县/乡/村/ → /州/县/乡/); a home above township level stays as it is. */
    Region township(String homePath) {
        String[] codes = homePath.substring(1).split("/");
        return regions.get(codes[Math.min(codes.length, 3) - 1]);
    }
}
