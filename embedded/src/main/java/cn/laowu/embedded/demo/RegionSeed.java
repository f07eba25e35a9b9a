package cn.laowu.embedded.demo;

import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The regions of 湘西州 (demo/regions.tsv) and one console account per role. */
@Component
class RegionSeed implements DemoSeed {

    private final RegionService regions;
    private final StaffService staff;

    RegionSeed(RegionService regions, StaffService staff) {
        this.regions = regions;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        AtomicInteger order = new AtomicInteger();
        resource("demo/regions.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .forEach(cols -> regions.create(cols[0], cols[1], cols[2].isBlank() ? null : cols[2],
                        order.incrementAndGet()));
        DemoAccounts.ALL.forEach(a -> staff.bootstrap(a.username(), a.displayName(), a.role(), a.regionCode(),
                DemoAccounts.PASSWORD, false));
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
