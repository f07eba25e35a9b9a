package cn.laowu.bot.understanding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Multinomial logistic regression over {@link Features}, trained in-process from the corpus at
 * start-up (a few hundred lines: tens of milliseconds). Chosen over naive Bayes because its
 * probabilities are usable for "unsure, ask"; over sentence embeddings because it needs no
 * native runtime and reaches the accuracy target (README).
 */
public final class IntentClassifier {

    /** One intent and its probability. */
    public record Scored(String intent, double probability) {
    }

    /**
     * @param ranked intents, most probable first
     * @param known  whether the message had any feature the corpus taught (else it is gibberish to us)
     */
    public record Result(List<Scored> ranked, boolean known) {
        public Scored top() {
            return ranked.get(0);
        }

        public double margin() {
            return ranked.size() < 2 ? top().probability() : top().probability() - ranked.get(1).probability();
        }
    }

    private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("\\d{7,}");
    private static final int EPOCHS = 30;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-4;

    private final Lexicon lexicon;
    private final List<String> intents;
    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final double[][] weights;
    private final double[] bias;

    public IntentClassifier(Lexicon lexicon, List<Corpus.Example> examples) {
        this.lexicon = lexicon;
        Map<String, Integer> intentIndex = new LinkedHashMap<>();
        List<int[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Corpus.Example example : examples) {
            int label = intentIndex.computeIfAbsent(example.intent(), k -> intentIndex.size());
            Set<String> features = features(example.text());
            int[] ids = features.stream().mapToInt(f -> featureIndex.computeIfAbsent(f, k -> featureIndex.size())).toArray();
            inputs.add(ids);
            labels.add(label);
        }
        this.intents = List.copyOf(intentIndex.keySet());
        this.weights = new double[featureIndex.size()][intents.size()];
        this.bias = new double[intents.size()];
        train(inputs, labels);
    }

    public Result classify(String text) {
        Set<String> features = features(text);
        List<Integer> ids = new ArrayList<>();
        boolean known = false;
        for (String feature : features) {
            Integer id = featureIndex.get(feature);
            if (id != null) {
                ids.add(id);
                known |= Features.isStrong(feature);
            }
        }
        double[] p = probabilities(ids.stream().mapToInt(Integer::intValue).toArray());
        List<Scored> ranked = new ArrayList<>(intents.size());
        for (int k = 0; k < p.length; k++) {
            ranked.add(new Scored(intents.get(k), p[k]));
        }
        ranked.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return new Result(List.copyOf(ranked), known);
    }

    private Set<String> features(String text) {
        // A long number is a phone (or ID) number whatever its digits: the classifier sees the word, not digit pairs.
        String normalised = LONG_NUMBER.matcher(lexicon.normalise(text)).replaceAll("号码");
        return Features.of(normalised, lexicon.segment(normalised));
    }

    /** Plain SGD with a decaying rate; a fixed shuffle seed keeps start-ups (and tests) identical. */
    private void train(List<int[]> inputs, List<Integer> labels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        Random random = new Random(12);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = RATE / (1 + epoch * 0.2);
            for (int i : order) {
                int[] x = inputs.get(i);
                double[] p = probabilities(x);
                double scale = 1.0 / Math.sqrt(x.length);
                for (int k = 0; k < p.length; k++) {
                    double gradient = p[k] - (k == labels.get(i) ? 1 : 0);
                    bias[k] -= rate * gradient;
                    for (int f : x) {
                        weights[f][k] -= rate * (gradient * scale + L2 * weights[f][k]);
                    }
                }
            }
        }
    }

    private double[] probabilities(int[] x) {
        double[] z = bias.clone();
        double scale = x.length == 0 ? 0 : 1.0 / Math.sqrt(x.length);
        for (int f : x) {
            double[] w = weights[f];
            for (int k = 0; k < z.length; k++) {
                z[k] += w[k] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }
}
