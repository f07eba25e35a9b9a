package cn.laowu.bot.flow;

import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;

/**
 * A fresh 州 → 县 → 镇 → 村 chain whose 州 has the seeded allowance policies (those of 433100,
 * defined again for it): the ground every allowance chat test stands on, with no other test's claims.
 */
record AllowanceRegions(Region prefecture, Region county, Region township, Region village) {

    /** @param lead the first digit of the 州 code, @param n its running number, @param name what the regions are called */
    static AllowanceRegions create(RegionService regions, AllowanceCatalogue catalogue, char lead, int n, String name) {
        String p = String.format("%c%03d00", lead, n);
        Region prefecture = regions.create(p, name + "州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", name + "县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", name + "镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", name + "村" + n, township.getCode(), 0);
        Actor prefect = new Actor("prefect", prefecture.getPath(), null);
        for (AllowancePolicy seeded : catalogue.inForce("/433100/")) {
            catalogue.define(prefect, RegionScope.of(prefecture), p, new AllowanceCatalogue.PolicyDraft(seeded.getCode(),
                    seeded.getName(), seeded.getQualification(), seeded.getComputation(), seeded.getAmountFen(),
                    seeded.getCapOutProvinceFen(), seeded.getCapInProvinceFen(), seeded.getCapInPrefectureFen(),
                    AllowanceRules.evidence(seeded), seeded.getFrequency(), seeded.getMinMonths(), seeded.getNoticeDays(),
                    seeded.getValidFrom(), null, seeded.getBasis()));
        }
        return new AllowanceRegions(prefecture, county, township, village);
    }
}
