package cn.laowu.core.audit;

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

    /** Who acted: a console user (with the region they act for) or the system itself. */
    public record Actor(String username, String regionPath, String ip) {
        public static Actor system() {
            return new Actor("system", null, null);
        }
    }
}
