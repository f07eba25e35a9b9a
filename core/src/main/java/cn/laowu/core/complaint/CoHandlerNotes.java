package cn.laowu.core.complaint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The case file as a co-handler (an outpost where the work is) writes and reads it: its entries
 * are marked {@link HistoryType#CO_HANDLER} with the end that acted in the actor, so the file shows
 * who did what at which end. A co-handler changes no status, deadline or owner: those stay the
 * owner's (ComplaintOffice). Whether the caller may co-handle the case is its own check.
 */
@Service
public class CoHandlerNotes {

    private final HistoryMapper history;
    private final ComplaintMapper complaints;
    private final Clock clock;

    public CoHandlerNotes(HistoryMapper history, ComplaintMapper complaints, Clock clock) {
        this.history = history;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Transactional
    public void append(long complaintId, String actor, String text) {
        Complaint c = complaints.selectById(complaintId);
        HistoryEntry row = new HistoryEntry();
        row.setComplaintId(complaintId);
        row.setAt(LocalDateTime.now(clock));
        row.setActor(actor.length() > 64 ? actor.substring(0, 64) : actor);
        row.setType(HistoryType.CO_HANDLER);
        row.setRegionPath(c.getOwnerRegionPath());
        row.setForWorker(false);
        row.setText(text.length() > 2000 ? text.substring(0, 2000) : text);
        history.append(row);
    }

    public List<HistoryEntry> history(long complaintId) {
        return history.of(complaintId);
    }
}
