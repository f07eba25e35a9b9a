package cn.laowu.core.station;

import cn.laowu.core.TestRegions;
import cn.laowu.core.region.RegionService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class StationServiceTest {

    @Autowired
    StationService stations;
    @Autowired
    RegionService regions;

    @Test
    void distancesAreGreatCircleKilometres() {
        // Beijing Tiananmen to Shanghai People's Square: about 1,068 km.
        assertThat(StationService.distanceKm(39.9087, 116.3975, 31.2317, 121.4726)).isCloseTo(1068, within(10.0));
        assertThat(StationService.distanceKm(28.31, 109.74, 28.31, 109.74)).isZero();
    }

    @Test
    void theNearestComeFirstAndFarOnesAreLeftOut() {
        TestRegions.Chain chain = TestRegions.create(regions);
        // Somewhere no other test puts stations: the middle of the Taklamakan.
        double lat = 39.0;
        double lng = 83.0 + chain.county().getCode().hashCode() % 100 / 1000.0;
        stations.create("远站", chain.county().getCode(), "县城", null, null, lat + 0.5, lng);
        stations.create("近站", chain.township().getCode(), "镇上", "0743-1234567", "工作日 8:30-17:30", lat + 0.01, lng);
        stations.create("中站", chain.county().getCode(), "隔壁镇", null, null, lat + 0.1, lng);
        stations.create("太远", chain.county().getCode(), "外省", null, null, lat + 5, lng);
        var nearest = stations.nearest(lat, lng, 3);
        assertThat(nearest).extracting(n -> n.station().getName()).containsExactly("近站", "中站", "远站");
        assertThat(nearest.get(0).distanceKm()).isCloseTo(1.1, within(0.1));
    }

    @Test
    void aStationWithoutAPhoneIsReachedThroughItsRegionsOffice() {
        TestRegions.Chain chain = TestRegions.create(regions);
        double lat = 38.0;
        double lng = 80.0 + chain.county().getCode().hashCode() % 100 / 1000.0;
        ServiceStation township = stations.create("无电话站", chain.township().getCode(), "镇上", null, null, lat, lng);
        assertThat(stations.phoneOf(township)).isNull();
        assertThat(stations.contactFor(chain.village().getPath())).isEmpty();

        regions.setOfficePhone(chain.county().getCode(), "0743-2000000");
        assertThat(stations.phoneOf(township)).isEqualTo("0743-2000000");
        regions.setOfficePhone(chain.township().getCode(), "0743-1000000");
        assertThat(stations.phoneOf(township)).isEqualTo("0743-1000000");
        assertThat(stations.nearest(lat, lng, 1).get(0).phone()).isEqualTo("0743-1000000");
        // A villager asks their own township's station, on the office's number.
        assertThat(stations.contactFor(chain.village().getPath())).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("无电话站");
            assertThat(c.phone()).isEqualTo("0743-1000000");
        });
        regions.setOfficePhone(chain.township().getCode(), " ");
        assertThat(regions.get(chain.township().getCode()).getOfficePhone()).isNull();
    }
}
