package cn.laowu.core.progress;

/** A month's 调度 was just taken (published inside its transaction). */
public record DispatchTaken(Snapshot snapshot, DispatchSnapshots snapshots) {
}
