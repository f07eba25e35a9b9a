package cn.laowu.core.target;

/**
 * A registration point: a feature that keeps rows naming an indicator (the 调度 snapshots) says
 * whether it does, over its own tables, so an indicator in use is retired, never deleted or re-kinded.
 */
public interface IndicatorUse {

    boolean uses(String indicatorCode);
}
