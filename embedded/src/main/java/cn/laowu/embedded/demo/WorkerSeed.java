package cn.laowu.embedded.demo;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerMapper;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/** A village register of made-up workers: valid ID numbers, random but repeatable. */
@Component
class WorkerSeed implements DemoSeed {

    private static final String SURNAMES = "龙石麻吴杨彭向田张黄王李梁滕";
    private static final String GIVEN = "秀英 建国 小梅 文军 春花 志强 金凤 海波 玉兰 明 丽 勇 芳 军 红 平 燕 涛 娟 刚";
    private static final int WORKERS = 60;

    private final RegionService regions;
    private final WorkerService workers;
    private final WorkerMapper workerRows;

    WorkerSeed(RegionService regions, WorkerService workers, WorkerMapper workerRows) {
        this.regions = regions;
        this.workers = workers;
        this.workerRows = workerRows;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        List<Region> villages = regions.inScope(new RegionScope("/433100/")).stream()
                .filter(r -> r.getLevel() == RegionLevel.VILLAGE).toList();
        Random random = new Random(433100);
        for (int i = 0; i < WORKERS; i++) {
            addWorker(random, villages.get(i < 12 ? 0 : random.nextInt(villages.size())), i);
        }
    }

    private void addWorker(Random random, Region village, int i) {
        String county = village.getCode().substring(0, 6);
        LocalDate birth = LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = county + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        String[] given = GIVEN.split(" ");
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given[random.nextInt(given.length)];
        Worker worker = workers.register(new NewWorker(name, ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17)),
                "13" + (100_000_000 + random.nextInt(900_000_000)), village.getCode(), random.nextInt(10) < 4));
        boolean employed = random.nextInt(10) < 5;
        worker.setEmploymentStatus(employed ? EmploymentStatus.EMPLOYED : EmploymentStatus.SEEKING);
        worker.setEducation(List.of("小学", "初中", "初中", "高中", "中专").get(random.nextInt(5)));
        worker.setHealth("健康");
        worker.setFamilyMembers(2 + random.nextInt(5));
        if (employed) {
            worker.setWorkPlace(List.of("广东东莞", "浙江宁波", "湖南长沙", "吉首市").get(random.nextInt(4)));
            worker.setEmployer(List.of("东莞某电子有限公司", "宁波某服装厂", "长沙某建筑公司", "吉首某酒店").get(random.nextInt(4)));
            worker.setJobTitle(List.of("普工", "缝纫工", "钢筋工", "服务员").get(random.nextInt(4)));
            worker.setMonthlyWageFen((3_500L + random.nextInt(40) * 100) * 100);
        } else {
            worker.setIntendedArea(WorkArea.values()[random.nextInt(WorkArea.values().length)]);
            worker.setIntendedJob(List.of("电子厂普工", "保安", "厨师", "育婴员").get(random.nextInt(4)));
            worker.setExpectedWageFen(5_000L * 100);
        }
        // Spread the cards over the past months, and leave some unconfirmed for over a year (一年一更新).
        LocalDateTime created = LocalDateTime.now(ZoneOffset.UTC).minusDays(random.nextInt(300));
        worker.setCreatedAt(created);
        worker.setConfirmedAt(i % 7 == 0 ? created.minusMonths(14) : created);
        workerRows.updateById(worker);
    }

}
