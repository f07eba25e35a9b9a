package cn.laowu.core.worker;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The archive as the console lists and exports it: by name or ID number, village, 建档立卡 and
 * staleness, always inside the clerk's region; the export reads it a batch at a time.
 */
@Service
public class WorkerArchiveSearch {

    private final WorkerMapper workers;
    private final RegionService regions;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public WorkerArchiveSearch(WorkerMapper workers, RegionService regions, PersonalDataProtector protector,
                               Clock clock) {
        this.workers = workers;
        this.regions = regions;
        this.protector = protector;
        this.clock = clock;
    }

    public Page<Worker> search(RegionScope scope, WorkerSearch query, long page, long size) {
        return workers.selectPage(Page.of(Math.max(1, page), Math.min(Math.max(1, size), 200)), where(scope, query)
                .orderByDesc(Worker::getId));
    }

    public long count(RegionScope scope, WorkerSearch query) {
        return workers.selectCount(where(scope, query));
    }

    /**
     * Streams the archive of a scope in id order, a batch at a time (keyset paging), so an export
     * of a whole prefecture never holds more than one batch in memory.
     */
    @Transactional(readOnly = true) // on the replica when one is configured; one consistent snapshot
    public void forEachBatch(RegionScope scope, WorkerSearch query, int batchSize, Consumer<List<Worker>> batch) {
        long after = 0;
        while (true) {
            List<Worker> rows = workers.selectList(where(scope, query).gt(Worker::getId, after)
                    .orderByAsc(Worker::getId).last("LIMIT " + batchSize));
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            after = rows.get(rows.size() - 1).getId();
            if (rows.size() < batchSize) {
                return;
            }
        }
    }

    private LambdaQueryWrapper<Worker> where(RegionScope scope, WorkerSearch query) {
        LambdaQueryWrapper<Worker> where = new LambdaQueryWrapper<Worker>()
                .func(w -> scope.applyTo(w, Worker::getHomeRegionPath));
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            Region region = regions.find(query.regionCode()).orElse(null);
            // A region outside the scope narrows to nothing rather than widening anything.
            where.likeRight(Worker::getHomeRegionPath, scope.covers(region) ? region.getPath() : "/none/");
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            String id = ChineseIdNumber.normalise(text);
            if (id.matches("\\d{17}[\\dX]")) {
                where.eq(Worker::getIdNumberHash, protector.lookupHash(id));
            } else {
                where.likeRight(Worker::getName, text);
            }
        }
        if (query.povertyRegistered() != null) {
            where.eq(Worker::getPovertyRegistered, query.povertyRegistered());
        }
        if (query.staleOnly()) {
            where.lt(Worker::getConfirmedAt, LocalDateTime.now(clock).minusYears(1));
        }
        return where;
    }

}
