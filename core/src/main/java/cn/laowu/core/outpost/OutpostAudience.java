package cn.laowu.core.outpost;

import cn.laowu.core.broadcast.AudienceNarrowing;
import org.springframework.stereotype.Component;

/** An outpost's job notice reaches the workers whose current workplace lies in its area, nobody else. */
@Component
class OutpostAudience implements AudienceNarrowing {

    static final String KIND = "outpost";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String condition() {
        return "EXISTS (SELECT 1 FROM worker_workplace ww JOIN outpost_area oa ON oa.outpost_id = :narrowId "
                + "AND ww.division_path LIKE CONCAT(oa.division_path, '%') JOIN outpost o ON o.id = oa.outpost_id "
                + "AND o.closed_at IS NULL WHERE ww.worker_id = f.worker_id AND ww.is_current = 1)";
    }
}
