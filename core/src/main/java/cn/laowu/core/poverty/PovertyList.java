package cn.laowu.core.poverty;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 建档立卡 from the county's poverty-household list, not the worker's word: the list is imported (all rows or
 * none, every problem reported by row), kept as keyed hashes of the ID numbers, and a worker is 建档立卡 when
 * their ID's hash is on the list of their home county (or the 州). Workers found on an import are told to the
 * allowances feature ({@link PovertyListMatched}), which takes up their waiting claims.
 */
@Service
public class PovertyList {

    public static final int MAX_ROWS = 20_000;

    private final PovertyListMapper entries;
    private final PersonalDataProtector protector;
    private final WorkerService workers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    public PovertyList(PovertyListMapper entries, PersonalDataProtector protector, WorkerService workers,
                       ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.protector = protector;
        this.workers = workers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record RowError(int row, String column, String reason) {
    }

    /** A checked row: the ID already hashed, the name already masked; nothing in clear leaves the check. */
    public record Row(String idHash, String nameMasked, String householdNo) {
    }

    public record Checked(List<Row> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** What an import did: rows on the list, households, workers of the platform found on it. */
    public record Imported(int people, int households, int matched) {
    }

    public Checked check(List<PovertyLine> lines) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new RowError(0, "", "表格里没有数据行。请从第2行起填写:姓名、身份证号、户编号。"));
        } else if (lines.size() > MAX_ROWS) {
            errors.add(new RowError(0, "", "一次最多导入" + MAX_ROWS + "行,请分批导入。"));
        }
        if (!errors.isEmpty()) {
            return new Checked(List.of(), errors);
        }
        Set<String> seen = new HashSet<>();
        for (PovertyLine line : lines) {
            int before = errors.size();
            String name = line.name() == null ? "" : line.name().strip();
            if (name.isEmpty() || name.length() > 64) {
                errors.add(new RowError(line.row(), "姓名", name.isEmpty() ? "必填" : "最多64个字"));
            }
            String hash = null;
            try {
                hash = protector.lookupHash(ChineseIdNumber.parse(line.idNumber()).value());
                if (!seen.add(hash)) {
                    errors.add(new RowError(line.row(), "身份证号", "与表格中前面的行重复"));
                }
            } catch (ChineseIdNumber.InvalidIdNumber e) {
                errors.add(new RowError(line.row(), "身份证号", e.hint()));
            }
            String household = line.householdNo() == null ? "" : line.householdNo().strip();
            if (household.isEmpty() || household.length() > 32) {
                errors.add(new RowError(line.row(), "户编号", household.isEmpty() ? "必填" : "最多32个字符"));
            }
            if (errors.size() == before) {
                rows.add(new Row(hash, Masking.name(name), household));
            }
        }
        return new Checked(errors.isEmpty() ? rows : List.of(), errors);
    }

    /**
     * Imports a checked list for the importer's own region (a county, or the 州): rows already there are
     * updated, new ones added. Workers of that region on it become 建档立卡 at once. Audited.
     */
    @Transactional
    public Imported importList(Actor actor, RegionScope scope, Checked checked) {
        if (!checked.ok()) {
            throw new RuleViolation("表格有错误,没有导入任何一行。");
        }
        if (scope.depth() > 2) {
            throw new RuleViolation("建档立卡名单由县级或州级导入。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, PovertyListEntry> existing = new HashMap<>();
        List<String> hashes = checked.rows().stream().map(Row::idHash).toList();
        for (int i = 0; i < hashes.size(); i += 1000) {
            entries.selectList(new LambdaQueryWrapper<PovertyListEntry>().eq(PovertyListEntry::getRegionCode, scope.rootCode())
                            .in(PovertyListEntry::getIdHash, hashes.subList(i, Math.min(hashes.size(), i + 1000))))
                    .forEach(e -> existing.put(e.getIdHash(), e));
        }
        for (Row row : checked.rows()) {
            PovertyListEntry entry = existing.getOrDefault(row.idHash(), new PovertyListEntry());
            entry.setRegionCode(scope.rootCode());
            entry.setRegionPath(scope.path());
            entry.setIdHash(row.idHash());
            entry.setNameMasked(row.nameMasked());
            entry.setHouseholdNo(row.householdNo());
            entry.setImportedBy(actor.username());
            entry.setImportedAt(now);
            if (entry.getId() == null) {
                entries.insert(entry);
            } else {
                entries.updateById(entry);
            }
        }
        List<Long> matched = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i += 1000) {
            matched.addAll(workers.idsByIdNumberHashes(scope, hashes.subList(i, Math.min(hashes.size(), i + 1000)))
                    .values());
        }
        workers.recordPovertyListed(matched);
        int households = (int) checked.rows().stream().map(Row::householdNo).distinct().count();
        audit.record(actor, "IMPORT_POVERTY_LIST", "poverty_list", null, null, "导入建档立卡名单 " + hashes.size()
                + " 人(" + households + " 户),其中 " + matched.size() + " 人已在平台登记");
        if (!matched.isEmpty()) {
            events.publishEvent(new PovertyListMatched(List.copyOf(matched)));
        }
        return new Imported(hashes.size(), households, matched.size());
    }

    /** Whether the worker's ID is on the list of their home county or an office above it. */
    public boolean listed(Worker worker) {
        if (worker.getIdNumberHash() == null) {
            return false;
        }
        return entries.selectList(new LambdaQueryWrapper<PovertyListEntry>()
                        .eq(PovertyListEntry::getIdHash, worker.getIdNumberHash())).stream()
                .anyMatch(e -> worker.getHomeRegionPath().startsWith(e.getRegionPath()));
    }

    /** Whether the county (or 州) of this home has imported a list: only then is 建档立卡 checked against one. */
    public boolean hasList(String homeRegionPath) {
        List<String> paths = new ArrayList<>();
        int slash = homeRegionPath.indexOf('/', 1);
        while (slash > 0) {
            paths.add(homeRegionPath.substring(0, slash + 1));
            slash = homeRegionPath.indexOf('/', slash + 1);
        }
        return !paths.isEmpty() && entries.exists(new LambdaQueryWrapper<PovertyListEntry>()
                .in(PovertyListEntry::getRegionPath, paths));
    }

    /** The household number of the worker's entry, for the reviewer; empty when not listed. */
    public Optional<String> householdOf(Worker worker) {
        if (worker.getIdNumberHash() == null) {
            return Optional.empty();
        }
        return entries.selectList(new LambdaQueryWrapper<PovertyListEntry>()
                        .eq(PovertyListEntry::getIdHash, worker.getIdNumberHash())).stream()
                .filter(e -> worker.getHomeRegionPath().startsWith(e.getRegionPath()))
                .map(PovertyListEntry::getHouseholdNo).findFirst();
    }
}
