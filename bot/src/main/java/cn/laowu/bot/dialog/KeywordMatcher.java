package cn.laowu.bot.dialog;

import cn.laowu.core.support.TextNormaliser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a message is about: the longest phrase contained in its compact form wins; on a
 * tie, the phrase added first. Plain and predictable, so the phrase tables can be tested.
 */
public final class KeywordMatcher<T> {

    private record Entry<T>(String phrase, T target, int order) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private boolean sorted;

    public KeywordMatcher<T> add(String phrase, T target) {
        String compact = TextNormaliser.compact(phrase);
        if (!compact.isEmpty()) {
            entries.add(new Entry<>(compact, target, entries.size()));
            sorted = false;
        }
        return this;
    }

    public Optional<T> best(String text) {
        String compact = TextNormaliser.compact(text);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        for (Entry<T> entry : sortedEntries()) {
            if (compact.contains(entry.phrase())) {
                return Optional.of(entry.target());
            }
        }
        return Optional.empty();
    }

    private synchronized List<Entry<T>> sortedEntries() {
        if (!sorted) {
            entries.sort(Comparator.comparingInt((Entry<T> e) -> -e.phrase().length()).thenComparingInt(Entry::order));
            sorted = true;
        }
        return entries;
    }
}
