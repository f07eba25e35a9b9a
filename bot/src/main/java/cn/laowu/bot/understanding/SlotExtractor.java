package cn.laowu.bot.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads amount, months, place, employer and injury out of a message (see {@link Slots}). */
public final class SlotExtractor {

    private static final String NUM = "[0-9.零〇一二两三四五六七八九十百千万]+";
    private static final Pattern MONTHS = Pattern.compile("(" + NUM + ")个?多?月");
    private static final Pattern YEARS = Pattern.compile("(" + NUM + "|半)年(多|半)?");
    private static final Pattern MONEY = Pattern.compile("(" + NUM + ")(多|来|几)?(块钱|块|元|k)?");
    /** After these a number is a count or a date, not money. */
    private static final Pattern NOT_MONEY = Pattern.compile("^(个|天|年|号|岁|人|小时|点|次|家|层|米|斤|期|月|周|星期|位|分)");
    /** Generic words that name no one in particular. */
    private static final Set<String> VAGUE = Set.of("老板", "公司", "单位", "领导", "上面", "企业", "厂家", "东家", "雇主",
            "附近", "本地", "县城", "家门口", "外省", "省外", "沿海");

    private final Lexicon lexicon;

    public SlotExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Slots extract(String text) {
        String s = lexicon.normalise(text);
        Map<String, String> out = new LinkedHashMap<>();
        months(s).ifPresent(m -> out.put(Slots.MONTHS, m));
        amount(s).ifPresent(a -> out.put(Slots.AMOUNT, a));
        List<Lexicon.Token> tokens = lexicon.segment(s);
        String body = null;
        String hurt = null;
        for (Lexicon.Token token : tokens) {
            String concept = token.concept();
            if (concept == null || VAGUE.contains(token.word())) {
                continue;
            }
            switch (concept) {
                case "PLACE" -> out.putIfAbsent(Slots.PLACE, token.word());
                case "TRADE" -> out.putIfAbsent(Slots.EMPLOYER, token.word());
                case "BODY" -> body = body == null ? token.word() : body;
                case "INJURY" -> hurt = hurt == null ? token.word() : hurt;
                default -> {
                }
            }
        }
        if (!out.containsKey(Slots.EMPLOYER)) {
            tokens.stream().filter(t -> "BOSS".equals(t.concept()) && !VAGUE.contains(t.word())).findFirst()
                    .ifPresent(t -> out.put(Slots.EMPLOYER, t.word()));
        }
        if (hurt != null || (body != null && tokens.stream().anyMatch(t -> "MACHINE".equals(t.concept())))) {
            out.put(Slots.INJURY, body == null ? hurt : hurt == null ? body : body + " " + hurt);
        }
        return new Slots(out);
    }

    private static java.util.Optional<String> months(String s) {
        Matcher m = MONTHS.matcher(s);
        while (m.find()) {
            double n = ChineseNumbers.parse(m.group(1));
            if (n > 0 && n <= 120) {
                return java.util.Optional.of(String.valueOf(Math.round(n)));
            }
        }
        Matcher y = YEARS.matcher(s);
        while (y.find()) {
            double n = "半".equals(y.group(1)) ? 0.5 : ChineseNumbers.parse(y.group(1));
            if (n > 0 && n <= 10) {
                double months = n * 12 + ("半".equals(y.group(2)) ? 6 : 0);
                return java.util.Optional.of(String.valueOf(Math.round(months)));
            }
        }
        return java.util.Optional.empty();
    }

    /** Money needs a sign that it is money: a unit (块, 元), a magnitude (千, 万) or three digits or more. */
    private static java.util.Optional<String> amount(String s) {
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String run = m.group(1);
            String after = s.substring(m.end(1));
            if (NOT_MONEY.matcher(m.group(2) == null ? after : s.substring(m.end(2))).find()) {
                continue;
            }
            boolean unit = m.group(3) != null;
            boolean magnitude = run.contains("千") || run.contains("万") || run.contains("百");
            // Plain digits: a wage-sized figure, not a phone number or the 12333 hotline.
            boolean longDigits = run.matches("\\d{3,6}") && !run.equals("12333");
            double value = ChineseNumbers.parse(run);
            if (value >= 10 && (unit || magnitude || longDigits)) {
                return java.util.Optional.of(String.valueOf(Math.round(value)));
            }
        }
        return java.util.Optional.empty();
    }
}
