package cn.laowu.embedded.demo;

import cn.laowu.core.region.RegionService;
import cn.laowu.core.station.StationService;
import org.springframework.stereotype.Component;

/** 就业服务站 of 湘西's counties at their county seats' approximate positions; the simulator's 发位置 is in 吉首市. */
@Component
class StationSeed implements DemoSeed {

    private final StationService stations;
    private final RegionService regions;

    StationSeed(StationService stations, RegionService regions) {
        this.stations = stations;
        this.regions = regions;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        String hours = "工作日 8:30-12:00, 14:30-17:30";
        stations.create("吉首市就业服务中心", "433101", "吉首市人社局一楼服务大厅", "12333", hours, 28.3117, 109.7389);
        stations.create("矮寨镇社会保障站", "433101102", "矮寨镇人民政府一楼", null, hours, 28.3320, 109.5950);
        stations.create("泸溪县就业服务中心", "433122", "泸溪县人社局", "12333", hours, 28.2160, 110.2190);
        stations.create("凤凰县就业服务中心", "433123", "凤凰县人社局", "12333", hours, 27.9480, 109.5990);
        stations.create("花垣县就业服务中心", "433124", "花垣县人社局", "12333", hours, 28.5720, 109.4820);
        stations.create("龙山县就业服务中心", "433130", "龙山县人社局", "12333", hours, 29.4570, 109.4430);
        // Township offices' phones (made-up demo numbers): 矮寨镇's station has none of its own and is reached through them.
        regions.setOfficePhone("433101002", "0743-8110002");
        regions.setOfficePhone("433101102", "0743-8110102");
        regions.setOfficePhone("433101103", "0743-8110103");
    }
}
