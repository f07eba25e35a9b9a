package cn.laowu.core.audit;

import cn.laowu.core.region.RegionScope;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/** Appends to the audit log inside the caller's transaction, so a rolled-back change leaves no entry. */
@Service
public class AuditLog {

    private final AuditMapper entries;
    private final Clock clock;

    public AuditLog(AuditMapper entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param before masked description of the record before the change, or null for a creation
     * @param after  masked description after the change, or null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String entityType, Object entityId, String before, String after) {
        AuditEntry entry = new AuditEntry();
        entry.setAt(LocalDateTime.now(clock));
        entry.setActor(actor.username());
        entry.setRegionPath(actor.regionPath());
        entry.setIp(actor.ip());
        entry.setAction(action);
        entry.setEntityType(entityType);
        entry.setEntityId(entityId == null ? null : String.valueOf(entityId));
        entry.setBeforeData(before);
        entry.setAfterData(after);
        entries.insert(entry);
    }

    /** The newest entries of actions taken within the scope. */
    public Page<AuditEntry> search(RegionScope scope, long page, long size) {
        return entries.selectPage(Page.of(Math.max(1, page), Math.min(Math.max(1, size), 200)),
                scope.applyTo(new LambdaQueryWrapper<AuditEntry>(), AuditEntry::getRegionPath)
                        .orderByDesc(AuditEntry::getId));
    }

    /** Who acted: a console user (with the region they act for) or the system itself. */
    public record Actor(String username, String regionPath, String ip) {
        public static Actor system() {
            return new Actor("system", null, null);
        }

        /** The system acting on something in a region, so that region's admins see it in the log. */
        public static Actor system(String regionPath) {
            return new Actor("system", regionPath, null);
        }
    }
}
