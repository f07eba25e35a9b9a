package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Understanding;
import cn.laowu.bot.understanding.Utterance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a first sentence asks of a job search: the trade (电焊, 保安), the place (广东, 长沙, 花垣) and
 * the lowest wage (四千以上). The searches to try, all conditions first, then dropping the place,
 * then the wage, then the trade; and what to say when the first found nothing ("没有广东的电焊岗位").
 */
record JobConditions(List<String> trades, List<String> places, Long minWageYuan) {

    /** One search: its keyword words and its lowest wage. */
    record Attempt(List<String> words, Long minWageYuan) {
        String keyword() {
            return words.isEmpty() ? null : String.join(" ", words);
        }
    }

    /** "附近有什么活", "这边招人吗": no place to search by; the worker's current city comes first instead. */
    private static final Set<String> HERE = Set.of("附近", "这边", "这里", "周边", "周围");

    static JobConditions of(Utterance said, List<String> jobWords, String compact) {
        Set<String> trades = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (String word : jobWords) {
            if (compact.contains(word) && (trades.stream().noneMatch(f -> f.contains(word)))
                    && places.stream().noneMatch(f -> f.contains(word))) {
                (isPlace(word) ? places : trades).add(word);
            }
        }
        said.slots().get(Slots.EMPLOYER).filter(w -> trades.stream().noneMatch(f -> f.contains(w) || w.contains(f)))
                .ifPresent(trades::add);
        said.slots().get(Slots.PLACE).filter(w -> places.stream().noneMatch(f -> f.contains(w) || w.contains(f)))
                .map(w -> w.length() > 2 ? w.replaceAll("(省|市|县)$", "") : w).ifPresent(places::add);
        places.removeAll(HERE);
        Long wage = said.slots().get(Slots.MIN_WAGE).map(Long::valueOf).orElse(null);
        return new JobConditions(List.copyOf(trades), List.copyOf(places), wage);
    }

    private static boolean isPlace(String word) {
        return "PLACE".equals(Understanding.lexicon().conceptOf(word));
    }

    boolean isEmpty() {
        return trades.isEmpty() && places.isEmpty() && minWageYuan == null;
    }

    /** All conditions first, then the nearest: without the place, without the wage, without the trade. */
    List<Attempt> attempts() {
        List<Attempt> out = new ArrayList<>();
        List<String> all = new ArrayList<>(trades);
        all.addAll(places);
        add(out, new Attempt(all, minWageYuan));
        add(out, new Attempt(trades, minWageYuan));
        add(out, new Attempt(all, null));
        add(out, new Attempt(trades, null));
        add(out, new Attempt(places, minWageYuan));
        add(out, new Attempt(places, null));
        return out;
    }

    private static void add(List<Attempt> out, Attempt attempt) {
        if ((!attempt.words().isEmpty() || attempt.minWageYuan() != null) && !out.contains(attempt)) {
            out.add(attempt);
        }
    }

    /** "没有广东的电焊、月薪4000元以上的岗位" — what the first search asked and did not find. */
    String nothingFound() {
        StringBuilder out = new StringBuilder("没有");
        if (!places.isEmpty()) {
            out.append(String.join("、", places)).append("的");
        }
        if (!trades.isEmpty()) {
            out.append(String.join("、", trades));
        }
        if (minWageYuan != null) {
            out.append(trades.isEmpty() && places.isEmpty() ? "" : "、").append("月薪").append(minWageYuan).append("元以上的");
        }
        return out.append("岗位").toString();
    }

    /** "广东的电焊岗位" for the header of what was found. */
    static String describe(Attempt attempt) {
        String words = attempt.keyword() == null ? "" : "「" + attempt.keyword() + "」";
        String wage = attempt.minWageYuan() == null ? "" : "月薪" + attempt.minWageYuan() + "元以上";
        return words + (words.isEmpty() || wage.isEmpty() ? "" : "、") + wage;
    }
}
