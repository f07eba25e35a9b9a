package cn.laowu.core.progress;

import java.time.LocalDateTime;

/** A month's 调度, taken once and frozen. */
public record Snapshot(long id, int year, int month, int timePermille, LocalDateTime takenAt, String takenBy) {

    public String label() {
        return year + "年" + month + "月";
    }
}
