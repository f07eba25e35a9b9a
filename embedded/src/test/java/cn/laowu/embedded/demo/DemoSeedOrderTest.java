package cn.laowu.embedded.demo;

import cn.laowu.devkit.test.Registrations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo seeds run in a known order: two with one order would run either way round, and one may need the other's rows. */
class DemoSeedOrderTest {

    @Test
    void everySeedHasItsOwnOrder() {
        List<DemoSeed> seeds = Registrations.found(DemoSeed.class, "cn.laowu");

        assertThat(seeds).as("seeds found").hasSizeGreaterThanOrEqualTo(10);
        assertThat(shared(seeds)).isEmpty();
    }

    @Test
    void aNewSeedAtATakenOrderIsCaught() {
        List<DemoSeed> seeds = new ArrayList<>(Registrations.found(DemoSeed.class, "cn.laowu"));
        seeds.add(new DemoSeed() {
            @Override
            public int order() {
                return 60;
            }

            @Override
            public void seed() {
            }
        });

        assertThat(shared(seeds)).containsKey(60);
    }

    private static Map<Integer, List<String>> shared(List<DemoSeed> seeds) {
        return Registrations.sharedOrders(seeds, DemoSeed::order, s -> s.getClass().getName());
    }
}
