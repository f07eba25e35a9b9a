package cn.laowu.core.complaint;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whom a complainant can call about their case (000 联动承诺八): the office that handles it, or
 * the nearest office above it that has a phone on file.
 */
@Component
public class HandlingOffice {

    private final RegionService regions;

    HandlingOffice(RegionService regions) {
        this.regions = regions;
    }

    public record Contact(String name, String phone) {
        /** "矮寨镇社会保障站 0743-8110002" */
        public String line() {
            return name + " " + phone;
        }
    }

    public Optional<Contact> of(Complaint c) {
        for (Region region : regions.selfAndAncestors(c.getOwnerRegionPath())) {
            if (region.getOfficePhone() != null && !region.getOfficePhone().isBlank()) {
                return Optional.of(new Contact(name(region), region.getOfficePhone()));
            }
        }
        return Optional.empty();
    }

    private static String name(Region region) {
        return region.getName() + (region.getLevel() == RegionLevel.TOWNSHIP ? "社会保障站" : "人社局");
    }
}
