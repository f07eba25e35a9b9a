package cn.laowu.bot.dialog;

import cn.laowu.core.support.TextNormaliser;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a step of a dialog waits for, and whether a message can plausibly be that answer. Shared by
 * every flow ({@link Flow#expects}): when a message cannot be the answer and the classifier is sure
 * it is another request, the engine asks "您是要…吗?" instead of saving it or searching with it.
 * Lenient on purpose: a wrong "no" costs the worker one question, a wrong "yes" loses the request.
 */
public enum AnswerShape {
    /** A person's name: a few characters, perhaps after 我叫/我是. */
    NAME,
    /** A mobile number. */
    PHONE,
    /** A Chinese ID number. */
    ID_NUMBER,
    /** Money: a figure in any form, or 不知道/跳过. */
    AMOUNT,
    /** A date or a duration: 去年10月, 三个月了. */
    DATE,
    /** A place: a short name of a township, village, county or city. */
    PLACE,
    /** A number of people. */
    PEOPLE,
    /** A numbered choice, or yes/no. */
    CHOICE,
    /** Free words that search a list (jobs): only the list's own subject is an answer. */
    SEARCH,
    /** Anything said is the answer (what happened, a message to the clerk): never second-guessed. */
    FREE;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern ID = Pattern.compile("\\d{17}[\\dxX]|\\d{15}");
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}·]{2,5}|[a-zA-Z][a-zA-Z ]{1,29}");
    private static final Pattern FIGURE = Pattern.compile("[0-9零一二两三四五六七八九十百千万半几]");
    private static final Pattern WHEN = Pattern.compile("[0-9零一二两三四五六七八九十半几][个多]?(年|月|号|日|天|周|星期)|今年|去年|前年|上个?月|这个?月|年前|年后|过年|春节|昨天|前天|今天|最近|刚");
    private static final Set<String> YES_NO = Set.of("是", "是的", "对", "对的", "不是", "不对", "好", "好的", "要", "不要",
            "可以", "嗯", "没有", "有", "确认", "提交", "好了", "跳过", "不知道", "不清楚", "记不清", "0");
    /** What a list's own buttons are called: said in a list, they are the list's to take. */
    private static final Set<String> LIST_ACTIONS = Set.of("报名", "我要报名", "报这个", "我报名", "要报名", "报",
            "取消报名", "退出报名", "退报名", "退出培训", "不参加了", "不去了", "签到", "补交", "补充", "撤回", "评价", "异议", "申请", "我要申请", "领取", "满意", "不满意");
    private static final String[] NAME_OPENINGS = {"我叫", "我是", "姓名", "名字", "叫"};

    /** Whether {@code text} can be an answer of this shape. */
    public boolean fits(String text) {
        String s = TextNormaliser.compact(text);
        if (s.isEmpty() || YES_NO.contains(s)) {
            return true;
        }
        return switch (this) {
            case NAME -> HAN_NAME.matcher(withoutOpening(s)).matches();
            case PHONE -> MOBILE.matcher(s).find() || s.matches("\\d{5,}");
            case ID_NUMBER -> ID.matcher(s).find() || s.matches("\\d{6,}[xX]?");
            case AMOUNT, PEOPLE -> FIGURE.matcher(s).find();
            case DATE -> WHEN.matcher(s).find() || FIGURE.matcher(s).find();
            case PLACE -> s.length() <= 8 || s.matches(".*(省|市|州|县|区|镇|乡|村|街道|组).*");
            case CHOICE -> ChoiceParser.parse(text).isPresent() || amount(text) || LIST_ACTIONS.contains(s);
            case SEARCH -> LIST_ACTIONS.contains(s);
            case FREE -> true;
        };
    }

    private static boolean amount(String text) {
        OptionalLong yuan = WageParser.yuan(text);
        return yuan.isPresent();
    }

    private static String withoutOpening(String s) {
        for (String opening : NAME_OPENINGS) {
            if (s.startsWith(opening) && s.length() > opening.length()) {
                return s.substring(opening.length());
            }
        }
        return s;
    }
}
