package cn.laowu.bot.bench;

import cn.laowu.bot.dialog.Intents;
import cn.laowu.bot.understanding.Corpus;
import cn.laowu.bot.understanding.IntentClassifier;
import cn.laowu.bot.understanding.Understanding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluation, not part of the suite (surefire excludes *Benchmark): the classifier against the
 * held-out corpus (src/test/resources/understanding/corpus-test.txt, never trained on), per
 * intent, beside the keyword phrase table as the baseline; the confusions; how often it would
 * ask; start-up (training) time and classification latency. Run:
 * {@code mvn -pl bot test -Dtest=IntentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class IntentBenchmark {

    @Test
    void evaluate() {
        long t0 = System.nanoTime();
        Intents intents = new Intents();
        double trainMs = (System.nanoTime() - t0) / 1e6;
        List<Corpus.Example> test = Corpus.load("understanding/corpus-test.txt");

        Map<String, int[]> perIntent = new TreeMap<>();
        List<String> confusions = new ArrayList<>();
        List<String> askedLines = new ArrayList<>();
        int right = 0;
        int keywordRight = 0;
        int asked = 0;
        int askedContainingTruth = 0;
        int sure = 0;
        int sureRight = 0;
        for (Corpus.Example example : test) {
            Understanding.Reading reading = intents.read(example.text());
            String guess = guess(intents, example.text());
            String keyword = intents.match(example.text()).map(Intents.Intent::id).orElse("-");
            int[] counts = perIntent.computeIfAbsent(example.intent(), k -> new int[3]);
            counts[0]++;
            if (example.intent().equals(guess)) {
                counts[1]++;
                right++;
            } else {
                confusions.add(example.intent() + " → " + guess + "  「" + example.text() + "」 " + reading.choices());
            }
            if (example.intent().equals(keyword)) {
                counts[2]++;
                keywordRight++;
            }
            if (reading.decision() == Understanding.Decision.UNSURE) {
                asked++;
                askedLines.add("「" + example.text() + "」 " + reading.choices().stream()
                        .map(c -> String.format("%s %.2f", c.intent(), c.probability())).toList());
                if (reading.choices().stream().anyMatch(c -> c.intent().equals(example.intent()))) {
                    askedContainingTruth++;
                }
            } else if (reading.decision() == Understanding.Decision.SURE) {
                sure++;
                sureRight += example.intent().equals(guess) ? 1 : 0;
            }
        }

        System.out.printf("%n== Intent evaluation: %d held-out lines, %d intents ==%n", test.size(), perIntent.size());
        System.out.printf("%-20s %5s %10s %10s%n", "intent", "lines", "classifier", "keywords");
        perIntent.forEach((intent, c) -> System.out.printf("%-20s %5d %9.1f%% %9.1f%%%n",
                intent, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
        System.out.printf("%-20s %5d %9.1f%% %9.1f%%%n", "OVERALL", test.size(),
                100.0 * right / test.size(), 100.0 * keywordRight / test.size());
        System.out.printf("sure: %d (%.1f%% right); would ask: %d (right intent among the choices: %d); unknown: %d%n",
                sure, 100.0 * sureRight / Math.max(1, sure), asked, askedContainingTruth, test.size() - sure - asked);
        askedLines.forEach(a -> System.out.println("  would ask: " + a));
        System.out.println("confusions (expected → top guess):");
        confusions.forEach(c -> System.out.println("  " + c));

        List<Corpus.Example> fresh = Corpus.load("understanding/corpus-test-fresh.txt");
        long freshRight = fresh.stream().filter(e -> e.intent().equals(guess(intents, e.text()))).count();
        long freshKeyword = fresh.stream()
                .filter(e -> e.intent().equals(intents.match(e.text()).map(Intents.Intent::id).orElse("-"))).count();
        System.out.printf("fresh batch (corpus-test-fresh.txt, never tuned against), %d lines: classifier %.1f%%, keywords %.1f%%%n",
                fresh.size(), 100.0 * freshRight / fresh.size(), 100.0 * freshKeyword / fresh.size());
        fresh.stream().filter(e -> !e.intent().equals(guess(intents, e.text())))
                .forEach(e -> System.out.println("  " + e.intent() + " → " + guess(intents, e.text()) + "  「" + e.text() + "」"));
        crossValidate();

        // Latency: warm up, then time every test line many times.
        for (int i = 0; i < 20; i++) {
            test.forEach(e -> intents.read(e.text()));
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            for (Corpus.Example e : test) {
                long s = System.nanoTime();
                intents.read(e.text());
                nanos.add(System.nanoTime() - s);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("start-up (load lexicon and corpus, train): %.0f ms%n", trainMs);
        System.out.printf("classification + slots per message: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d calls)%n",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static String guess(Intents intents, String text) {
        return intents.exact(text).map(Intents.Intent::id).orElseGet(() -> intents.read(text).intent());
    }

    /** 5-fold cross-validation on the training corpus: a second estimate that the test lines cannot have shaped. */
    private static void crossValidate() {
        List<Corpus.Example> all = Corpus.load(Corpus.TRAINING);
        int folds = 5;
        int right = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Corpus.Example> train = new ArrayList<>();
            List<Corpus.Example> held = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % folds == fold ? held : train).add(all.get(i));
            }
            IntentClassifier classifier = new IntentClassifier(Understanding.lexicon(), train);
            for (Corpus.Example e : held) {
                right += e.intent().equals(classifier.classify(e.text()).top().intent()) ? 1 : 0;
            }
        }
        System.out.printf("5-fold cross-validation on the %d training lines: %.1f%%%n", all.size(), 100.0 * right / all.size());
    }
}
