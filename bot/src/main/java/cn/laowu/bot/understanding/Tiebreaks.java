package cn.laowu.bot.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence shapes the bag of features misses because the same words serve two intents: telling where
 * one works is not a search, asking for job pushes is not a search, and a complaint that names its kind
 * is that kind, not the generic one. Each rule only moves between the intents it names.
 */
final class Tiebreaks {

    /** "我在东莞打工" / "现在人在昆山 一个电子厂里做事": someone placing themselves, at work. */
    private static final Pattern I_AM_AT = Pattern.compile("(我|人|俺|我们)(现在|目前|如今|已经|还)?(在|到了|到)");
    private static final Pattern WORKING = Pattern.compile("打工|做事|上班|干活|做工|做的|干的|务工|上工|进了|厂里|过来了|这边|那边|一个.{0,4}厂");
    /** A search, a wish or a question about work keeps it 找工作. */
    private static final Pattern SEARCH = Pattern.compile(
            "找|有没有|有冇|有没|招|要人|缺人|收人|想去|想到|想换|能去|可以去|哪里有|哪有|推荐|介绍|工资多少|多少钱一|要不要|吗|么$|不$|没$|啥活|什么活|么子活|能做|可以做");

    /** Asking to be sent jobs from now on: 岗位推送, not a search now. */
    private static final Pattern PUSH_ME = Pattern.compile(
            "推给我|推送给我|发给我|通知我|告诉我|提醒我|推一下给我|发我");
    private static final Pattern FROM_NOW = Pattern.compile("以后|今后|往后|有新的|有新|每天|随时|开通|订阅|订一下|订个|一有");

    /** "登个记 以后有工作通知我" registers first: 实名登记 is what makes the pushes possible. */
    private static final Pattern REGISTERS = Pattern.compile("登记|登个记|注册|实名|建档|建个档|入库|留个信息");
    private static final Pattern ASKS_NOW = Pattern.compile("有没有|有冇|吗|招不招|要不要");
    private static final Pattern STANDING = Pattern.compile("以后|今后|往后|开通|订阅|每天|一有");

    private Tiebreaks() {
    }

    static boolean tellsWhereIWork(String normalised, List<Lexicon.Token> tokens) {
        boolean place = tokens.stream().anyMatch(t -> "PLACE".equals(t.concept()));
        return place && I_AM_AT.matcher(normalised).find() && WORKING.matcher(normalised).find()
                && !SEARCH.matcher(normalised).find();
    }

    static boolean asksForPushes(String normalised) {
        if (REGISTERS.matcher(normalised).find()
                || ASKS_NOW.matcher(normalised).find() && !STANDING.matcher(normalised).find()) {
            return false; // "有新的厂招人吗 告诉我" asks about now
        }
        return PUSH_ME.matcher(normalised).find() && FROM_NOW.matcher(normalised).find()
                || normalised.matches(".*(订阅|开通).*(工作|岗位|招工|活).*|.*(工作|岗位|招工|活).*(订阅|开通).*");
    }

    /**
     * The complaint kind a generic complaint names ("欠薪 怎么投诉" → complaint_wage): the one kind whose
     * words it holds, when exactly one is there and served.
     */
    static Optional<String> complaintKind(String normalised, List<Lexicon.Token> tokens, Set<String> served) {
        Set<String> concepts = new java.util.HashSet<>();
        tokens.forEach(t -> {
            if (t.concept() != null) {
                concepts.add(t.concept());
            }
        });
        List<String> kinds = new java.util.ArrayList<>();
        // 不给 alone is not wages ("不给看病"): owing with money, or a wage word.
        if (concepts.contains("OWE") && concepts.contains("WAGE") || normalised.matches(".*(欠薪|讨薪|欠钱|工资|工钱).*")) {
            kinds.add("complaint_wage");
        }
        if (concepts.contains("INJURY")) {
            kinds.add("complaint_injury");
        }
        if (concepts.contains("AGENCY")) {
            kinds.add("complaint_agency");
        }
        if (concepts.contains("CONTRACT")) {
            kinds.add("complaint_contract");
        }
        return kinds.size() == 1 && served.contains(kinds.get(0)) ? Optional.of(kinds.get(0)) : Optional.empty();
    }
}
