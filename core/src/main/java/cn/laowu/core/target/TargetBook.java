package cn.laowu.core.target;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One version of a unit's 目标责任书 for a year: values by indicator code (persons, 万元 or %).
 * A CONFIRMED (签订) version is frozen; a change after it is the next version.
 */
public record TargetBook(long id, int year, String regionCode, String regionPath, int version, Status status,
                         String reason, String setBy, LocalDateTime setAt, String confirmedBy,
                         LocalDateTime confirmedAt, Map<String, Long> values) {

    public enum Status {
        SET("待签订"),
        CONFIRMED("已签订");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    public Long value(String indicator) {
        return values.get(indicator);
    }
}
