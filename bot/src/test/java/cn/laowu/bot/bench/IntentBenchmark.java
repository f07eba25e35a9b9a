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
        batch("corpus-test-frozen.txt", "Frozen fresh batch", intents, perIntent);
        batch("corpus-test-frozen2.txt", "Second frozen batch (session 6, written before it was ever run)", intents, perIntent);
        batch("corpus-test-outside.txt", "Outside batch (written by someone who never read the corpus)", intents, perIntent);
        batch("corpus-test-outside2.txt", "Outside batch 2 (session 6: written before the classifier was changed, "
                + "by someone who never read the corpus; SEEN since round 3: its error kinds were fixed in general)", intents, perIntent);
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

    /**
     * A batch that is never tuned against (issue 24: corpus-test-frozen.txt, written before looking at any
     * error; corpus-test-outside.txt, written by someone who never read the corpus), scored as a worker
     * meets it: the right task opened counts 1, a clarifying question offering it counts half. [none]
     * lines are right when no task opens (menu, chat reply, unknown).
     */
    private static void batch(String file, String title, Intents intents, Map<String, int[]> testPart) {
        List<Corpus.Example> frozen = Corpus.load("understanding/" + file);
        Map<String, double[]> perIntent = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        double total = 0;
        for (Corpus.Example e : frozen) {
            double score = score(intents, e);
            double[] c = perIntent.computeIfAbsent(e.intent(), k -> new double[2]);
            c[0]++;
            c[1] += score;
            total += score;
            if (score < 1) {
                Understanding.Reading r = intents.read(e.text());
                misses.add(String.format("  %s %s → %s %s 「%s」", score == 0 ? "wrong" : "half ", e.intent(),
                        r.decision(), r.choices().stream().map(c2 -> String.format("%s %.2f", c2.intent(), c2.probability())).toList(),
                        e.text()));
            }
        }
        System.out.printf("%n== %s (%s), %d lines: %.1f%% (right task 1, asked with it ½) ==%n",
                title, file, frozen.size(), 100.0 * total / frozen.size());
        System.out.printf("%-20s %5s %8s   %s%n", "intent", "lines", "batch", "test part");
        perIntent.forEach((intent, c) -> {
            int[] t = testPart.get(intent);
            System.out.printf("%-20s %5.0f %7.1f%%   %s%n", intent, c[0], 100.0 * c[1] / c[0],
                    t == null ? "-" : String.format("%.1f%% of %d", 100.0 * t[1] / t[0], t[0]));
        });
        misses.forEach(System.out::println);
    }

    private static double score(Intents intents, Corpus.Example e) {
        boolean none = e.intent().equals("none");
        java.util.Optional<Intents.Intent> exact = intents.exact(e.text());
        if (exact.isPresent()) {
            String id = exact.get().id();
            return (none ? id.equals("menu") || id.equals("chitchat") : id.equals(e.intent())) ? 1 : 0;
        }
        Understanding.Reading r = intents.read(e.text());
        if (none) {
            return r.decision() == Understanding.Decision.UNKNOWN
                    || (r.decision() == Understanding.Decision.SURE && List.of("menu", "chitchat").contains(r.intent())) ? 1 : 0;
        }
        return switch (r.decision()) {
            case SURE -> e.intent().equals(r.intent()) ? 1 : 0;
            case UNSURE -> r.choices().stream().anyMatch(c -> c.intent().equals(e.intent())) ? 0.5 : 0;
            case UNKNOWN -> 0;
        };
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
