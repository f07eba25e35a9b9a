package cn.laowu.core.training;

import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 以需定训 (004 第十条): what workers asked to learn when no course offered it, counted per trade and
 * home township for the institutions and the county; when a course of that trade opens in the
 * worker's prefecture, the worker is told once, through the outbox.
 */
@Service
public class DemandService {

    private final DemandMapper demands;
    private final RegionService regions;
    private final Outbox outbox;
    private final Clock clock;

    public DemandService(DemandMapper demands, RegionService regions, Outbox outbox, Clock clock) {
        this.demands = demands;
        this.regions = regions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One wish per worker and trade; asking again refreshes when it was asked and waits for the next course. */
    @Transactional
    public TrainingDemand record(long workerId, String homeRegionCode, String homeRegionPath, String trade, String said) {
        String what = trade == null ? "" : trade.trim();
        if (what.isEmpty() || what.length() > 32) {
            throw new IllegalArgumentException("trade");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String text = said == null ? null : said.length() > 255 ? said.substring(0, 255) : said;
        TrainingDemand existing = find(workerId, what);
        if (existing != null) {
            demands.update(null, new LambdaUpdateWrapper<TrainingDemand>().eq(TrainingDemand::getId, existing.getId())
                    .set(TrainingDemand::getAskedAt, now).set(TrainingDemand::getSaid, text)
                    .set(TrainingDemand::getNotifiedAt, null).set(TrainingDemand::getNotifiedCourseId, null));
            return find(workerId, what);
        }
        TrainingDemand demand = new TrainingDemand();
        demand.setWorkerId(workerId);
        demand.setTrade(what);
        demand.setRegionCode(homeRegionCode);
        demand.setRegionPath(homeRegionPath);
        demand.setSaid(text);
        demand.setAskedAt(now);
        try {
            demands.insert(demand);
        } catch (DuplicateKeyException raced) {
            return find(workerId, what);
        }
        return demand;
    }

    public TrainingDemand find(long workerId, String trade) {
        return demands.selectOne(new LambdaQueryWrapper<TrainingDemand>().eq(TrainingDemand::getWorkerId, workerId)
                .eq(TrainingDemand::getTrade, trade));
    }

    /** Per trade: how many workers wait, and where (home township); the most wanted first. */
    public record Count(String trade, int workers, Map<String, Integer> byTownship) {
    }

    public List<Count> counts(RegionScope scope) {
        List<TrainingDemand> rows = demands.selectList(scope.applyTo(new LambdaQueryWrapper<TrainingDemand>(), TrainingDemand::getRegionPath)
                .isNull(TrainingDemand::getNotifiedAt)
                .last("LIMIT 20000"));
        Map<String, List<TrainingDemand>> byTrade = rows.stream().collect(Collectors.groupingBy(TrainingDemand::getTrade));
        return byTrade.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue().size(), e.getValue().stream()
                        .collect(Collectors.groupingBy(d -> township(d.getRegionPath()), TreeMap::new,
                                Collectors.summingInt(d -> 1)))))
                .sorted(Comparator.comparing(Count::workers).reversed().thenComparing(Count::trade)).toList();
    }

    private String township(String path) {
        String[] parts = path.split("/");
        String code = parts.length > 3 ? parts[3] : parts[parts.length - 1];
        return regions.find(code).map(r -> r.getName()).orElse(code);
    }

    /** A course opened: everyone in its prefecture waiting for its trade is told, once. */
    @EventListener
    public void opened(CourseOpened course) {
        String prefecture = course.regionPath().substring(0, course.regionPath().indexOf('/', 1) + 1);
        List<TrainingDemand> waiting = demands.selectList(new RegionScope(prefecture)
                .applyTo(new LambdaQueryWrapper<TrainingDemand>(), TrainingDemand::getRegionPath)
                .isNull(TrainingDemand::getNotifiedAt));
        LocalDateTime now = LocalDateTime.now(clock);
        for (TrainingDemand demand : waiting) {
            if (!matches(demand.getTrade(), course)) {
                continue;
            }
            int claimed = demands.update(null, new LambdaUpdateWrapper<TrainingDemand>()
                    .eq(TrainingDemand::getId, demand.getId()).isNull(TrainingDemand::getNotifiedAt)
                    .set(TrainingDemand::getNotifiedAt, now).set(TrainingDemand::getNotifiedCourseId, course.courseId()));
            if (claimed == 1) {
                outbox.toWorker(demand.getWorkerId(), Message.single("training-demand:" + demand.getId() + ":" + course.courseId(),
                        "培训开班", "报名中", course.title(),
                        "您之前想学「" + demand.getTrade() + "」,现在有课程了:「" + course.title() + "」," + course.startsOn()
                                + " 开课,地点 " + course.place() + "。回复 培训 查看和报名。"));
            }
        }
    }

    /** "挖掘机" matches a course whose title, occupation or search text names it (or the occupation it names). */
    static boolean matches(String trade, CourseOpened course) {
        String text = course.title() + " " + course.occupation() + " " + course.searchText();
        return text.contains(trade) || trade.contains(course.occupation());
    }
}
