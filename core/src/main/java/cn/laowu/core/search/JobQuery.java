package cn.laowu.core.search;

import cn.laowu.core.worker.WorkArea;

/**
 * A worker's job search. All optional.
 *
 * @param keyword       words that must all appear (title, industry, place or employer), e.g. "电子厂 深圳"
 * @param preferredArea listed first: the worker's wish, from their card
 */
public record JobQuery(String keyword, WorkArea area, Long minWageFen, WorkArea preferredArea) {

    public static JobQuery any() {
        return new JobQuery(null, null, null, null);
    }
}
