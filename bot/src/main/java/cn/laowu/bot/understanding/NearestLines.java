package cn.laowu.bot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A second opinion for when the classifier is torn between two tasks: the training lines closest
 * to the message (cosine over the classifier's own features, weighted by rarity). When the nearest
 * lines agree on one of the two, that one is taken; otherwise the worker is still asked.
 */
final class NearestLines {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");
    private static final int K = 3;

    /** The lines holding a feature, with the feature's weight in each: only lines sharing a feature are scored. */
    private record Postings(List<Integer> lines, List<Double> weights) {
    }

    private final Lexicon lexicon;
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Postings> index = new HashMap<>();
    private final List<String> intents = new ArrayList<>();

    NearestLines(Lexicon lexicon, List<Corpus.Example> examples) {
        this.lexicon = lexicon;
        List<Set<String>> features = examples.stream().map(e -> features(e.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        features.forEach(fs -> fs.forEach(f -> df.merge(f, 1, Integer::sum)));
        df.forEach((f, n) -> idf.put(f, Math.log(1.0 + examples.size() / (double) n)));
        for (int i = 0; i < examples.size(); i++) {
            intents.add(examples.get(i).intent());
            int line = i;
            vector(features.get(i)).forEach((f, w) -> {
                Postings p = index.computeIfAbsent(f, k -> new Postings(new ArrayList<>(), new ArrayList<>()));
                p.lines().add(line);
                p.weights().add(w);
            });
        }
    }

    /** The intent at least two of the three nearest lines share, when it is one of {@code choices}. */
    Optional<String> agree(String text, Set<String> choices) {
        Map<String, Double> v = vector(features(text));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        double[] sums = new double[intents.size()];
        v.forEach((f, weight) -> {
            Postings p = index.get(f);
            for (int j = 0; j < p.lines().size(); j++) {
                sums[p.lines().get(j)] += weight * p.weights().get(j);
            }
        });
        String[] best = new String[K];
        double[] score = new double[K];
        for (int line = 0; line < sums.length; line++) {
            double s = sums[line];
            for (int k = 0; k < K; k++) {
                if (s > score[k]) {
                    System.arraycopy(score, k, score, k + 1, K - k - 1);
                    System.arraycopy(best, k, best, k + 1, K - k - 1);
                    score[k] = s;
                    best[k] = intents.get(line);
                    break;
                }
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        for (String intent : best) {
            if (intent != null) {
                votes.merge(intent, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 2 && choices.contains(e.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    private Set<String> features(String text) {
        String normalised = LONG_NUMBER.matcher(lexicon.normalise(text)).replaceAll("号码");
        Set<String> all = Features.of(normalised, lexicon.segment(normalised));
        all.removeIf(f -> !Features.isStrong(f));
        return all;
    }

    private Map<String, Double> vector(Set<String> features) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (String f : features) {
            Double w = idf.get(f);
            if (w != null) {
                v.put(f, w);
                norm += w * w;
            }
        }
        double n = Math.sqrt(norm);
        v.replaceAll((f, w) -> w / n);
        return v;
    }
}
