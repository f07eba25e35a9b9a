package cn.laowu.bot.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads amount, months, place, employer, phone and wage out of a message (see {@link Slots}); a feature's own kinds are {@link SlotKind}s. */
public final class SlotExtractor {

    private static final String NUM = "[0-9.零〇一二两三四五六七八九十百千万]+";
    private static final Pattern MONTHS = Pattern.compile("(" + NUM + ")个?多?月");
    private static final Pattern YEARS = Pattern.compile("(" + NUM + "|半)年(多|半)?");
    private static final Pattern MONEY = Pattern.compile("(" + NUM + ")(多|来|几)?(块钱|块|元|k)?");
    /** After these a number is a count or a date, not money. */
    private static final Pattern NOT_MONEY = Pattern.compile("^(个|天|年|号|岁|人|小时|点|次|家|层|米|斤|期|月|周|星期|位|分)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9})(?!\\d)");
    /** 五六千, 六七千: the lower end of a spoken range. */
    private static final Pattern WAGE_RANGE = Pattern.compile("([一二三四五六七八九])[一二三四五六七八九](千|万)");
    /** 四千以上, 5000往上, 八千起, 四千多的; 至少四千. */
    private static final Pattern WAGE_FLOOR = Pattern.compile("(" + NUM + ")(块|元)?(以上|往上|起|多|左右|上下)");
    private static final Pattern WAGE_AT_LEAST = Pattern.compile("(至少|最少|不低于|不少于|最低)(" + NUM + ")");
    private static final Pattern OWED_VERB = Pattern.compile("欠|差|少|剩|拖|还有|没给|没发|没结|不给");
    private static final Pattern PAID_VERB = Pattern.compile("给了|发了|付了|结了|拿了|拿到|到手|只给|只发|才给|才发|预支|借了");
    private static final Pattern AGREED_VERB = Pattern.compile("说好|讲好|谈好|说的|讲的|答应|承诺|定的|月薪|一个月|每月|一月");
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
        minWage(s).ifPresent(w -> out.put(Slots.MIN_WAGE, w));
        Matcher phone = PHONE.matcher(s);
        if (phone.find()) {
            out.put(Slots.PHONE, phone.group(1));
        }
        List<Lexicon.Token> tokens = lexicon.segment(s);
        for (Lexicon.Token token : tokens) {
            String concept = token.concept();
            if (concept == null || VAGUE.contains(token.word())) {
                continue;
            }
            switch (concept) {
                case "PLACE" -> out.putIfAbsent(Slots.PLACE, token.word());
                case "TRADE" -> out.putIfAbsent(Slots.EMPLOYER, token.word());
                default -> {
                }
            }
        }
        if (!out.containsKey(Slots.EMPLOYER)) {
            tokens.stream().filter(t -> "BOSS".equals(t.concept()) && !VAGUE.contains(t.word())).findFirst()
                    .ifPresent(t -> out.put(Slots.EMPLOYER, t.word()));
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

    /**
     * The amount owed, read by the verb in front of each figure: 还欠/差/少 name what is owed, 给了/发了/
     * 拿到 what was paid, 说好/讲好 what was agreed. "说好五千只给三千" owes the difference; a figure
     * that was only paid or only agreed owes nothing we know ("老板只给了两千": the flow asks).
     */
    private static java.util.Optional<String> amount(String text) {
        // "五千一个月" is five thousand a month, not 5,100 of something.
        String s = text.replaceAll("一个?月", "|月");
        Long owed = null;
        Long paid = null;
        Long agreed = null;
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            java.util.OptionalLong figure = figure(s, m);
            if (figure.isEmpty()) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start(1) - 4), m.start(1));
            long value = figure.getAsLong();
            if (OWED_VERB.matcher(before).find()) {
                owed = owed == null ? value : owed;
            } else if (PAID_VERB.matcher(before).find()) {
                paid = paid == null ? value : paid;
            } else if (AGREED_VERB.matcher(before).find()) {
                agreed = agreed == null ? value : agreed;
            } else if (owed == null) {
                owed = value;
            }
        }
        if (agreed != null && paid != null && agreed > paid && (owed == null || owed.equals(agreed) || owed.equals(paid))) {
            owed = agreed - paid;
        }
        return java.util.Optional.ofNullable(owed).map(String::valueOf);
    }

    /** The lowest monthly wage a job search asks for, in yuan, when the sentence says one. */
    private static java.util.Optional<String> minWage(String s) {
        Matcher range = WAGE_RANGE.matcher(s);
        if (range.find()) {
            long digit = Math.round(ChineseNumbers.parse(range.group(1)));
            return java.util.Optional.of(String.valueOf(digit * ("万".equals(range.group(2)) ? 10_000 : 1_000)));
        }
        for (Matcher m : List.of(WAGE_FLOOR.matcher(s), WAGE_AT_LEAST.matcher(s))) {
            while (m.find()) {
                String run = m.pattern() == WAGE_AT_LEAST ? m.group(2) : m.group(1);
                double value = ChineseNumbers.parse(run);
                if (value >= 1000 && value <= 50_000) {
                    return java.util.Optional.of(String.valueOf(Math.round(value)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Money needs a sign that it is money: a unit (块, 元), a magnitude (千, 万) or three digits or more. */
    private static java.util.OptionalLong figure(String s, Matcher m) {
        String run = m.group(1);
        String after = s.substring(m.end(1));
        if (NOT_MONEY.matcher(m.group(2) == null ? after : s.substring(m.end(2))).find()) {
            return java.util.OptionalLong.empty();
        }
        boolean unit = m.group(3) != null;
        boolean magnitude = run.contains("千") || run.contains("万") || run.contains("百");
        // Plain digits: a wage-sized figure, not a phone number or the 12333 hotline.
        boolean longDigits = run.matches("\\d{3,6}") && !run.equals("12333");
        double value = ChineseNumbers.parse(run);
        return value >= 10 && (unit || magnitude || longDigits)
                ? java.util.OptionalLong.of(Math.round(value)) : java.util.OptionalLong.empty();
    }
}
