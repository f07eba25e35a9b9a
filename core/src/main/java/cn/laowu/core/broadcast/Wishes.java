package cn.laowu.core.broadcast;

import java.util.List;

/** What the jobs of a notice offer, to match workers' wishes against: their areas (省外...) and best wage. */
record Wishes(List<String> areas, long maxWageFen) {
}
