package cn.laowu.embedded.demo;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.job.ApplicationService;
import cn.laowu.core.job.ApplicationStatus;
import cn.laowu.core.job.DispatchBatch;
import cn.laowu.core.job.DispatchBatchMapper;
import cn.laowu.core.job.DispatchService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.FollowUp;
import cn.laowu.core.job.FollowUpMapper;
import cn.laowu.core.job.JobApplication;
import cn.laowu.core.job.JobApplicationMapper;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerMapper;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the 湘西州 demo into an empty database: regions, one console account per role, and a
 * village register of made-up workers (valid ID numbers, random but repeatable). A restart with
 * data leaves everything alone.
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SURNAMES = "龙石麻吴杨彭向田张黄王李梁滕";
    private static final String GIVEN = "秀英 建国 小梅 文军 春花 志强 金凤 海波 玉兰 明 丽 勇 芳 军 红 平 燕 涛 娟 刚";
    private static final int WORKERS = 60;

    private final RegionService regions;
    private final StaffService staff;
    private final WorkerService workers;
    private final WorkerMapper workerRows;
    private final JobService jobs;
    private final BrokerService brokers;
    private final StationService stations;
    private final ApplicationService applications;
    private final DispatchService dispatch;
    private final JobApplicationMapper applicationRows;
    private final DispatchBatchMapper dispatchRows;
    private final FollowUpMapper followUpRows;

    public DemoData(RegionService regions, StaffService staff, WorkerService workers, WorkerMapper workerRows,
                    JobService jobs, BrokerService brokers, StationService stations, ApplicationService applications,
                    DispatchService dispatch, JobApplicationMapper applicationRows, DispatchBatchMapper dispatchRows,
                    FollowUpMapper followUpRows) {
        this.regions = regions;
        this.staff = staff;
        this.workers = workers;
        this.workerRows = workerRows;
        this.jobs = jobs;
        this.brokers = brokers;
        this.stations = stations;
        this.applications = applications;
        this.dispatch = dispatch;
        this.applicationRows = applicationRows;
        this.dispatchRows = dispatchRows;
        this.followUpRows = followUpRows;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        AtomicInteger order = new AtomicInteger();
        resource("demo/regions.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .forEach(cols -> regions.create(cols[0], cols[1], cols[2].isBlank() ? null : cols[2],
                        order.incrementAndGet()));
        DemoAccounts.ALL.forEach(a -> staff.bootstrap(a.username(), a.displayName(), a.role(), a.regionCode(),
                DemoAccounts.PASSWORD, false));
        List<Region> villages = regions.inScope(new RegionScope("/433100/")).stream()
                .filter(r -> r.getLevel() == RegionLevel.VILLAGE).toList();
        Random random = new Random(433100);
        for (int i = 0; i < WORKERS; i++) {
            addWorker(random, villages.get(i < 12 ? 0 : random.nextInt(villages.size())), i);
        }
        addJobs();
        addStations();
        log.info("Demo data loaded: {} regions of 湘西州, {} console accounts, {} workers, jobs", order.get(),
                DemoAccounts.ALL.size(), WORKERS);
    }

    /** Vetted partner employers of 吉首市 and their published jobs, as the county office would post them. */
    private void addJobs() {
        RegionScope county = new RegionScope("/433100/433101/");
        Actor clerk = new Actor("jishou", county.path(), null);
        Employer electronics = vetted(clerk, county, "东莞市华联电子有限公司", "广东省东莞市长安镇", "2026年10月县就业服务中心实地考察:宿舍6人间,有食堂,按时发薪。");
        Employer garments = vetted(clerk, county, "宁波申洲针织有限公司", "浙江省宁波市北仑区", "2026年9月考察:订单稳定,有湘西籍班组长。");
        Employer local = vetted(clerk, county, "吉首市乾州酒店管理有限公司", "湖南省吉首市", "本地企业,2026年8月考察。");
        publish(clerk, county, electronics, "电子厂普工", "电子", WorkArea.OUT_OF_PROVINCE, "广东东莞", 4_500, 6_500,
                "两班倒,每天10小时", "包吃住", "五险", 18, 45, 30, false);
        publish(clerk, county, electronics, "SMT操作员", "电子", WorkArea.OUT_OF_PROVINCE, "广东东莞", 5_000, 7_000,
                "两班倒", "包吃住", "五险一金", 18, 40, 10, true);
        publish(clerk, county, garments, "缝纫工", "服装", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 5_500, 8_000,
                "计件,每天9小时", "包住,餐补", "五险", 18, 50, 20, true);
        Job warehouse = publish(clerk, county, garments, "仓库理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波",
                4_800, 5_800, "8小时", "包住", "五险", 18, 50, 5, false);
        publish(clerk, county, local, "客房服务员", "餐饮住宿", WorkArea.IN_COUNTY, "吉首市乾州", 2_800, 3_500,
                "8小时,月休4天", "包吃", "五险", 18, 50, 6, false);
        publish(clerk, county, local, "保安", "保安", WorkArea.IN_COUNTY, "吉首市", 3_000, 3_600,
                "12小时倒班", "包吃住", "五险", 20, 55, 4, false);
        addPlacements(clerk, county, warehouse);
        // Broker 1: in the simulator, subscribe with scene b:1, or j:1:b:1 to share the first job.
        brokers.create(clerk, county, "麻老三(劳务经纪人)", "个人劳务经纪人,2026年吉首市就业服务中心备案", "433101");
    }

    /**
     * The warehouse job's five places as they might stand: three 吉首 workers placed five weeks ago
     * (their first follow-up overdue in 跟踪回访), two in the group that leaves next week.
     */
    private void addPlacements(Actor clerk, RegionScope county, Job job) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        List<Long> ids = workerRows.selectList(new LambdaQueryWrapper<Worker>()
                        .likeRight(Worker::getHomeRegionPath, county.path())
                        .between(Worker::getBirthDate, today.minusYears(49), today.minusYears(19))
                        .orderByAsc(Worker::getId).last("LIMIT 5"))
                .stream().map(worker -> ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(),
                        job.getId(), "CONSOLE")).application().getId()).toList();
        if (ids.size() < 5) {
            return;
        }
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, county, job.getId(), ids, step, null);
        }
        DispatchBatch arrived = dispatch.create(clerk, county, job.getId(), new DispatchService.NewBatch(today,
                "吉首市人社局门口", "杨干事 13907431234", "浙江宁波北仑区"));
        applications.dispatch(clerk, county, job.getId(), ids.subList(0, 3), arrived.getId());
        dispatch.moveGroup(clerk, county, arrived.getId(), ApplicationStatus.PLACED, null);
        DispatchBatch next = dispatch.create(clerk, county, job.getId(), new DispatchService.NewBatch(today.plusDays(7),
                "吉首市人社局门口", "杨干事 13907431234", "浙江宁波北仑区"));
        applications.dispatch(clerk, county, job.getId(), ids.subList(3, 5), next.getId());
        // As if the first group had left five weeks ago.
        List<Long> placed = ids.subList(0, 3);
        dispatchRows.update(null, new LambdaUpdateWrapper<DispatchBatch>().eq(DispatchBatch::getId, arrived.getId())
                .set(DispatchBatch::getDepartOn, today.minusDays(37)));
        applicationRows.update(null, new LambdaUpdateWrapper<JobApplication>().in(JobApplication::getId, placed)
                .setSql("placed_at = placed_at - INTERVAL 35 DAY"));
        followUpRows.update(null, new LambdaUpdateWrapper<FollowUp>().in(FollowUp::getApplicationId, placed)
                .setSql("due_on = due_on - INTERVAL 35 DAY"));
    }

    /** County seats' approximate positions; the simulator's 发位置 button is in 吉首市. */
    private void addStations() {
        String hours = "工作日 8:30-12:00, 14:30-17:30";
        stations.create("吉首市就业服务中心", "433101", "吉首市人社局一楼服务大厅", "12333", hours, 28.3117, 109.7389);
        stations.create("矮寨镇社会保障站", "433101102", "矮寨镇人民政府一楼", null, hours, 28.3320, 109.5950);
        stations.create("泸溪县就业服务中心", "433122", "泸溪县人社局", "12333", hours, 28.2160, 110.2190);
        stations.create("凤凰县就业服务中心", "433123", "凤凰县人社局", "12333", hours, 27.9480, 109.5990);
        stations.create("花垣县就业服务中心", "433124", "花垣县人社局", "12333", hours, 28.5720, 109.4820);
        stations.create("龙山县就业服务中心", "433130", "龙山县人社局", "12333", hours, 29.4570, 109.4430);
    }

    private Employer vetted(Actor clerk, RegionScope scope, String name, String location, String notes) {
        Employer employer = jobs.createEmployer(clerk, scope, new JobService.NewEmployer(name, location, "人事部", null));
        return jobs.vet(clerk, scope, employer.getId(), notes);
    }

    private Job publish(Actor clerk, RegionScope scope, Employer employer, String title, String industry, WorkArea area,
                         String place, long wageMin, long wageMax, String hours, String lodging, String insurance,
                         int ageMin, int ageMax, int headcount, boolean training) {
        Job job = jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title, industry, area, place,
                wageMin * 100, wageMax * 100, hours, lodging, insurance, ageMin, ageMax, "身体健康", headcount, training,
                null));
        return jobs.publish(clerk, scope, job.getId());
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

    private static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
