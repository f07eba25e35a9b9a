package cn.laowu.core.station;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 就业服务站 and how far a worker is from each. */
@Service
public class StationService {

    private static final double EARTH_RADIUS_KM = 6371.0;
    /** About 220 km around the worker: a county and its neighbours, read through the position index. */
    private static final double SEARCH_BOX_DEGREES = 2.0;

    private final ServiceStationMapper stations;
    private final RegionService regions;
    private final Clock clock;

    public StationService(ServiceStationMapper stations, RegionService regions, Clock clock) {
        this.stations = stations;
        this.regions = regions;
        this.clock = clock;
    }

    /** A station as a worker finds it: {@code phone} is its own, else its region office's (never 12333 made up). */
    public record Nearby(ServiceStation station, double distanceKm, String phone) {

        public Nearby(ServiceStation station, double distanceKm) {
            this(station, distanceKm, station.getPhone());
        }
    }

    /** Whom a worker calls about things done for them locally: a station, or a region's office. */
    public record Contact(String name, String phone, String hours) {
    }

    public ServiceStation create(String name, String regionCode, String address, String phone, String hours,
                                 double latitude, double longitude) {
        Region region = regions.find(regionCode).orElseThrow(() -> new RuleViolation("没有这个区划:" + regionCode));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new RuleViolation("经纬度不对。");
        }
        ServiceStation station = new ServiceStation();
        station.setName(name);
        station.setRegionCode(region.getCode());
        station.setRegionPath(region.getPath());
        station.setAddress(address);
        station.setPhone(phone);
        station.setHours(hours);
        station.setLatitude(BigDecimal.valueOf(latitude));
        station.setLongitude(BigDecimal.valueOf(longitude));
        station.setCreatedAt(LocalDateTime.now(clock));
        stations.insert(station);
        return station;
    }

    /** The closest stations within about 220 km, nearest first. */
    public List<Nearby> nearest(double latitude, double longitude, int limit) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            return List.of();
        }
        List<ServiceStation> candidates = stations.selectList(new LambdaQueryWrapper<ServiceStation>()
                .between(ServiceStation::getLatitude, latitude - SEARCH_BOX_DEGREES, latitude + SEARCH_BOX_DEGREES)
                .between(ServiceStation::getLongitude, longitude - SEARCH_BOX_DEGREES, longitude + SEARCH_BOX_DEGREES));
        return candidates.stream()
                .map(s -> new Nearby(s, distanceKm(latitude, longitude, s.getLatitude().doubleValue(),
                        s.getLongitude().doubleValue())))
                .sorted(Comparator.comparingDouble(Nearby::distanceKm))
                .limit(Math.max(1, limit))
                .map(n -> new Nearby(n.station(), n.distanceKm(), phoneOf(n.station())))
                .toList();
    }

    /** The station's phone; a station without one is reached through its region's office (the township's, else above). */
    public String phoneOf(ServiceStation station) {
        if (station.getPhone() != null && !station.getPhone().isBlank()) {
            return station.getPhone();
        }
        return regions.selfAndAncestors(station.getRegionPath()).stream().map(Region::getOfficePhone)
                .filter(phone -> phone != null && !phone.isBlank()).findFirst().orElse(null);
    }

    /**
     * Whom a worker from this region (their home village's path) calls: going up from the village,
     * the first region with a station or office that has a phone; its station when it has one.
     */
    public Optional<Contact> contactFor(String regionPath) {
        if (regionPath == null) {
            return Optional.empty();
        }
        for (Region region : regions.selfAndAncestors(regionPath)) {
            ServiceStation station = stations.selectList(new LambdaQueryWrapper<ServiceStation>()
                    .eq(ServiceStation::getRegionCode, region.getCode()).orderByAsc(ServiceStation::getId)
                    .last("LIMIT 1")).stream().findFirst().orElse(null);
            String phone = station != null && station.getPhone() != null && !station.getPhone().isBlank()
                    ? station.getPhone() : region.getOfficePhone();
            if (phone != null && !phone.isBlank()) {
                String name = station != null ? station.getName() : region.getName()
                        + (region.getLevel() == RegionLevel.TOWNSHIP ? "社会保障站" : "人社部门");
                return Optional.of(new Contact(name, phone, station == null ? null : station.getHours()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whom to call, named with the number, for a message that says "请联系…": "矮寨镇社会保障站(电话
     * 0743-8110002)"; without any phone on file up the tree, the national hotline.
     */
    public String whomToCall(String regionPath) {
        return contactFor(regionPath).map(c -> c.name() + "(电话 " + c.phone() + ")")
                .orElse("乡镇社会保障站,或拨打12333");
    }

    /** Great-circle distance (haversine). */
    public static double distanceKm(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
