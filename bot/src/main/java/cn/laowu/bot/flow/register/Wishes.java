package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.bot.dialog.StepFlow.Outcome;
import cn.laowu.bot.dialog.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;

import java.util.Map;
import java.util.OptionalInt;

/** What work a worker wants (where, what, for how much): asked at registration and when they change it. */
final class Wishes {

    static final String AREA_PROMPT = "想去哪里工作?\n1. 省外\n2. 省内\n3. 州内\n4. 县内\n5. 都可以";
    static final String WISH_PROMPT = "想做什么工作?比如 电子厂、建筑、保安、餐饮;期望月薪也可以一起说,比如 电子厂 5000。"
            + "\n没想好回复 0";

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
        if (named != null) {
            ctx.state().getData().put("area", named.name());
        } else if (choice.isPresent() && choice.getAsInt() <= 5) {
            ctx.state().getData().put("area", choice.getAsInt() == 5 ? "" : WorkArea.values()[choice.getAsInt() - 1].name());
        } else {
            return StepFlow.retry("请回复 1 到 5 之间的数字。");
        }
        return StepFlow.next();
    }

    static Outcome wish(DialogContext ctx, UserInput input) {
        String text = input.text().strip();
        if (!text.equals("0") && !text.equals("０")) {
            String digits = text.replaceAll("[^0-9]", "");
            String words = text.replaceAll("[0-9元块钱左右以上每月一个月月薪工资]", " ").strip();
            if (!digits.isEmpty()) {
                long wage = Long.parseLong(digits.length() > 6 ? digits.substring(0, 6) : digits);
                if (wage < 500 || wage > 100_000) {
                    return StepFlow.retry("月薪写数字就行,比如 5000。");
                }
                ctx.state().getData().put("wage", String.valueOf(wage));
            }
            if (!words.isBlank()) {
                ctx.state().getData().put("industry", words.length() > 30 ? words.substring(0, 30) : words);
            }
        }
        return StepFlow.next();
    }

    static void save(WorkerService workers, long workerId, Map<String, String> data) {
        String area = data.get("area");
        workers.updateWishes(workerId, area == null || area.isEmpty() ? null : WorkArea.valueOf(area),
                data.get("industry"), data.containsKey("wage") ? Long.parseLong(data.get("wage")) * 100 : null);
    }
}
