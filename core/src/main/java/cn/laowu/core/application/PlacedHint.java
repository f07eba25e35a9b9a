package cn.laowu.core.application;

/**
 * A next step another feature adds to what a worker is told when placed (the fare allowance now
 * open), so the application's notice does not reach into that feature.
 */
public interface PlacedHint {

    /** A sentence to add, or null when this feature has nothing for this placement. */
    String onPlaced(ApplicationStatusChanged change);
}
