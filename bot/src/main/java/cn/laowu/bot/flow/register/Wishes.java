package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.bot.dialog.StepFlow.Outcome;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.dialog.WageParser;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;

import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** What work a worker wants (where, what, for how much): asked at registration and when they change it. */
final class Wishes {

    static final String AREA_PROMPT = "想去哪里工作?\n1. 省外\n2. 省内\n3. 州内\n4. 县内\n5. 都可以";
    static final String WISH_PROMPT = "想做什么工作?比如 电子厂、建筑、保安、餐饮;期望月薪也可以一起说,比如 电子厂 5000。"
            + "\n没想好回复 0";
    /** The choices of the wage question: a single expected amount, as the card keeps it (8000以上 keeps 8000). */
    private static final long[] WAGES = {3000, 4000, 5000, 6000, 8000};
    static final String WAGE_PROMPT = "期望月薪多少?回复序号,或直接写数字,比如 4500:"
            + "\n1. 3000左右\n2. 4000左右\n3. 5000左右\n4. 6000左右\n5. 8000以上\n不挑回复 0";
    /** A wage as said inside the wished-for work ("电子厂 5000", "保安 月薪4千5"), removed to leave the work. */
    private static final Pattern WAGE_WORDS = Pattern.compile(
            "(期望)?(月薪|工资|每月|一个月)?(\\d+(\\.\\d+)?[千kK万]?\\d?|[一二两三四五六七八九十]+[千万][一二三四五六七八九]?)"
                    + "(元|块钱|块)?(左右|以上|起)?");

    private Wishes() {
    }

    static Outcome area(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        WorkArea named = null;
        for (WorkArea area : WorkArea.values()) {
            if (TextNormaliser.compact(input.text()).contains(area.label())) {
                named = area;
            }
        }
        if (named == null && choice.isEmpty()) {
            named = PlaceAreas.of(input.text()).orElse(null);
        }
        if (named != null) {
            ctx.state().getData().put("area", named.name());
        } else if (choice.isPresent() && choice.getAsInt() <= 5) {
            ctx.state().getData().put("area", choice.getAsInt() == 5 ? "" : WorkArea.values()[choice.getAsInt() - 1].name());
        } else {
            return StepFlow.retry("请回复 1 到 5 之间的数字,也可以直接说地方,比如 广东、长沙。");
        }
        return StepFlow.next();
    }

    /** The work, and the wage when said with it; without one the wage question follows, 0 skips both. */
    static Outcome wish(DialogContext ctx, UserInput input) {
        String text = TextNormaliser.fold(input.text());
        if (text.equals("0")) {
            return StepFlow.finishNow();
        }
        String words = WAGE_WORDS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        OptionalLong wage = WageParser.yuan(text);
        if (words.isEmpty()) {
            if (wage.isEmpty()) {
                return StepFlow.retry("想做什么工作请打字说,比如 电子厂;没想好回复 0。");
            }
            if (!plausible(wage.getAsLong())) {
                return StepFlow.retry("月薪写数字就行,比如 5000。");
            }
        }
        if (!words.isEmpty()) {
            ctx.state().getData().put("industry", words.length() > 30 ? words.substring(0, 30) : words);
        }
        if (wage.isPresent() && plausible(wage.getAsLong())) {
            ctx.state().getData().put("wage", String.valueOf(wage.getAsLong()));
            return StepFlow.finishNow();
        }
        return StepFlow.next();
    }

    /** The wage question: a numbered choice, or an amount as workers say it (4500, 四千五, 5千). */
    static Outcome wage(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (TextNormaliser.compact(input.text()).equals("0") || TextNormaliser.compact(input.text()).equals("不挑")) {
            return StepFlow.next();
        }
        if (choice.isPresent() && choice.getAsInt() <= WAGES.length) {
            ctx.state().getData().put("wage", String.valueOf(WAGES[choice.getAsInt() - 1]));
            return StepFlow.next();
        }
        OptionalLong wage = WageParser.yuan(input.text());
        if (wage.isPresent() && plausible(wage.getAsLong())) {
            ctx.state().getData().put("wage", String.valueOf(wage.getAsLong()));
            return StepFlow.next();
        }
        return StepFlow.retry("请回复 1 到 " + WAGES.length + " 的序号,或写月薪数字,比如 4500。");
    }

    private static boolean plausible(long yuan) {
        return yuan >= 500 && yuan <= 100_000;
    }

    static void save(WorkerService workers, long workerId, Map<String, String> data) {
        String area = data.get("area");
        workers.updateWishes(workerId, area == null || area.isEmpty() ? null : WorkArea.valueOf(area),
                data.get("industry"), data.containsKey("wage") ? Long.parseLong(data.get("wage")) * 100 : null);
    }
}
