package cn.laowu.core.progress;

/** One region's figure of one indicator in a frozen 调度 (values as {@link IndicatorValues} has them). */
public record SnapshotRow(String regionCode, String regionPath, String parentCode, String indicator, Long actualX100,
                          Long target, Integer completionPermille, boolean behind) {
}
