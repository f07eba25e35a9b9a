package cn.laowu.core.search;

import cn.laowu.core.worker.WorkArea;

/**
 * A worker's job search. All optional.
 *
 * @param keyword       words that must all appear (title, industry, place or employer), e.g. "电子厂 深圳"
 * @param preferredArea listed first: the worker's wish, from their card
 * @param preferredPlace listed first, before the wished-for area: jobs whose work place names it (the
 *                       city where the worker works now, "东莞"); the rest follow
 */
public record JobQuery(String keyword, WorkArea area, Long minWageFen, WorkArea preferredArea, String preferredPlace) {

    /** Longer keywords are cut: each character pair costs an index look-up, and no job title needs more. */
    public static final int MAX_KEYWORD_CHARS = 20;
    public static final int MAX_TERMS = 3;

    public JobQuery {
        keyword = cleanKeyword(keyword);
        preferredPlace = preferredPlace == null || preferredPlace.isBlank() ? null : preferredPlace.strip();
    }

    public JobQuery(String keyword, WorkArea area, Long minWageFen, WorkArea preferredArea) {
        this(keyword, area, minWageFen, preferredArea, null);
    }

    /** The first few words of what was typed, at most {@value #MAX_KEYWORD_CHARS} characters; null if nothing is left. */
    public static String cleanKeyword(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] words = raw.strip().split("\\s+", MAX_TERMS + 1);
        String joined = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, MAX_TERMS)));
        if (joined.codePointCount(0, joined.length()) > MAX_KEYWORD_CHARS) {
            joined = joined.substring(0, joined.offsetByCodePoints(0, MAX_KEYWORD_CHARS)).strip();
        }
        return joined;
    }

    public static JobQuery any() {
        return new JobQuery(null, null, null, null);
    }
}
