package cn.laowu.core.stats;

import cn.laowu.core.region.RegionScope;
import cn.laowu.devkit.test.Registrations;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each feature's 工作台 tiles have a place of their own: two with one order would swap at random. */
class DashboardFiguresOrderTest {

    @Test
    void everyFeatureHasItsOwnOrder() {
        List<DashboardFigures> figures = Registrations.found(DashboardFigures.class, "cn.laowu");

        assertThat(figures).as("figures found").hasSizeGreaterThanOrEqualTo(6);
        assertThat(shared(figures)).isEmpty();
    }

    @Test
    void aNewFeatureAtATakenOrderIsCaught() {
        List<DashboardFigures> figures = new ArrayList<>(Registrations.found(DashboardFigures.class, "cn.laowu"));
        int taken = figures.get(0).order();
        figures.add(new DashboardFigures() {
            @Override
            public int order() {
                return taken;
            }

            @Override
            public List<Figure> figures(RegionScope scope, Year year) {
                return List.of();
            }
        });

        assertThat(shared(figures)).containsKey(taken);
    }

    private static Map<Integer, List<String>> shared(List<DashboardFigures> figures) {
        return Registrations.sharedOrders(figures, DashboardFigures::order, f -> f.getClass().getName());
    }
}
