package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.WageParser;
import cn.laowu.core.complaint.ComplaintKind;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The questions of a complaint, in order: which ones this case still needs (a registered worker is
 * not asked name, phone and home; only a wage or agency case is asked an amount), how each is put,
 * how an answer is taken or refused with a hint, and the summary read back before filing.
 */
@Component
class ComplaintQuestions {

    static final String CONFIRM = "confirm";
    private static final Set<String> SKIP = Set.of("跳过", "不知道", "不清楚", "没有", "无", "不记得", "忘了", "算了吧");
    private static final Set<String> DONE = Set.of("好了", "发完了", "完了", "就这些", "没有了", "提交", "1");
    private static final List<String> STEPS = List.of("kind", "name", "phone", "home", "employer", "place", "since", "amount",
            "workers", "what", "photos", CONFIRM);

    private final HomeFinder homes;

    ComplaintQuestions(HomeFinder homes) {
        this.homes = homes;
    }

    /** The next question the worker has not answered yet, after {@code current}. */
    String advance(DialogContext ctx, String current) {
        int from = current == null ? 0 : STEPS.indexOf(current) + 1;
        for (String step : STEPS.subList(from, STEPS.size())) {
            if (needed(ctx, step)) {
                ctx.state().setStep(step);
                return prompt(ctx, step);
            }
        }
        ctx.state().setStep(CONFIRM);
        return prompt(ctx, CONFIRM);
    }

    private boolean needed(DialogContext ctx, String step) {
        Map<String, String> data = ctx.state().getData();
        boolean registered = Boolean.parseBoolean(data.get("registered"));
        ComplaintKind kind = ComplaintAnswers.kind(data);
        boolean wage = kind == ComplaintKind.WAGE;
        return switch (step) {
            case "name", "phone", "home" -> !registered && !data.containsKey(step);
            case "amount" -> (wage || kind == ComplaintKind.AGENCY_FRAUD) && !data.containsKey(step);
            case "workers" -> wage && !data.containsKey(step);
            case "photos" -> !data.containsKey("photosAsked");
            case CONFIRM -> true;
            default -> !data.containsKey(step);
        };
    }

    String prompt(DialogContext ctx, String step) {
        return switch (step) {
            case "kind" -> "您要反映什么问题?回复数字:\n1. 拖欠工资\n2. 工伤\n3. 劳动合同(辞退、社保)\n4. 中介骗钱\n5. 其他";
            case "name" -> "请告诉我您的姓名:";
            case "phone" -> "请留一个手机号,方便工作人员联系您:";
            case "home" -> "您的户口在哪个乡镇?(打乡镇或村名,如 矮寨镇;我们会交给当地社会保障站)";
            case "employer" -> agency(ctx)
                    ? "是哪个中介,叫什么名字?(中介公司或介绍人的名字;不知道回复 跳过)"
                    : "是哪个老板或单位,叫什么名字?(如 宏达电子厂、包工头王某某;不知道回复 跳过)";
            case "place" -> "在哪里干活?(如 广东东莞长安镇;不知道回复 跳过)";
            case "since" -> "从什么时候开始的?(如 去年10月、3个月了)";
            case "amount" -> agency(ctx) ? "中介一共收了您多少钱?(中介费、押金,如 2000)" : "一共欠您多少钱?(如 12000)";
            case "workers" -> "一起被欠工资的有几个人?(只有您自己就回复 1)";
            case "what" -> "请说说发生了什么(打字或语音都可以):";
            case "photos" -> "有合同、工资条、聊天截图的话,现在就发照片过来(可以发多张)。发完回复 好了,没有回复 跳过。";
            default -> summary(ctx.state().getData()) + "\n\n回复 1 提交;回复 返回 修改上一项;回复 取消 不提交。";
        };
    }

    private static boolean agency(DialogContext ctx) {
        return ComplaintAnswers.kind(ctx.state().getData()) == ComplaintKind.AGENCY_FRAUD;
    }

    /** @return an error to show with the question again, or null when the answer was taken */
    String accept(DialogContext ctx, String step, String text) {
        Map<String, String> data = ctx.state().getData();
        boolean skip = SKIP.contains(text);
        switch (step) {
            case "kind" -> {
                OptionalInt n = ChoiceParser.parse(text);
                if (n.isEmpty() || n.getAsInt() > 5) {
                    return "请回复 1 到 5 的数字。";
                }
                data.put("kind", ComplaintKind.values()[n.getAsInt() - 1].name());
            }
            case "name" -> {
                if (skip || text.isEmpty() || text.length() > 20) {
                    return "投诉需要留姓名(20字以内),工作人员才能联系您。";
                }
                data.put("name", text);
            }
            case "phone" -> {
                String digits = text.replaceAll("[^0-9]", "");
                if (!digits.matches("1\\d{10}")) {
                    return "手机号应为11位数字,以1开头。";
                }
                data.put("phone", digits);
            }
            case "home" -> {
                var township = homes.township(ctx, text);
                if (township.isEmpty()) {
                    return "没有找到「" + (text.length() > 20 ? text.substring(0, 20) : text) + "」,请打乡镇或村名的全称。";
                }
                data.put("home", township.get().getCode());
                data.put("homeName", township.get().getName());
            }
            case "employer" -> {
                if (text.length() > 60) {
                    return "太长了,请在60字以内。";
                }
                // Asked once more for a name; a worker who truly does not know it is not held up.
                if (!skip && ComplaintWords.generic(text) && data.putIfAbsent("employerAsked", "1") == null) {
                    return "「" + text + "」还不够,工作人员要知道是哪一个。";
                }
                data.put(step, skip ? "" : text);
            }
            case "place", "since", "what" -> {
                int max = "what".equals(step) ? 1000 : 60;
                if (text.length() > max) {
                    return "太长了,请在" + max + "字以内。";
                }
                data.put(step, skip ? "" : text);
            }
            case "amount" -> {
                if (skip) {
                    data.put("amount", "");
                } else {
                    var yuan = WageParser.yuan(text);
                    if (yuan.isEmpty() || yuan.getAsLong() <= 0 || yuan.getAsLong() > 100_000_000L) {
                        return "没看懂金额,请回复数字,如 12000;不清楚回复 跳过。";
                    }
                    data.put("amount", String.valueOf(yuan.getAsLong()));
                }
            }
            case "workers" -> {
                if (skip) {
                    data.put("workers", "");
                } else {
                    String digits = text.replaceAll("[^0-9]", "");
                    OptionalInt n = digits.isEmpty() ? ChoiceParser.parse(text) : OptionalInt.of(parseSmall(digits));
                    if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > 100_000) {
                        return "请回复人数,如 1 或 20。";
                    }
                    data.put("workers", String.valueOf(n.getAsInt()));
                }
            }
            case "photos" -> {
                if (!skip && !DONE.contains(text)) {
                    return "请发照片,发完回复 好了;没有照片回复 跳过。";
                }
                data.put("photosAsked", "1");
            }
            case CONFIRM -> {
                if (!DONE.contains(text) && !"确认".equals(text)) {
                    return "请回复 1 提交,或 返回 修改。";
                }
            }
            default -> {
                return "请回复 菜单 重新开始。";
            }
        }
        return null;
    }

    private static String summary(Map<String, String> d) {
        ComplaintKind kind = ComplaintAnswers.kind(d);
        StringBuilder s = new StringBuilder("请核对:\n类型:").append(kind == null ? "其他" : kind.label());
        line(s, "姓名", d.get("name"));
        line(s, "手机", d.get("phone") == null ? null : d.get("phone").substring(0, 3) + "****" + d.get("phone").substring(7));
        line(s, "户口", d.get("homeName"));
        line(s, "单位", d.get("employer"));
        line(s, "地点", d.get("place"));
        line(s, "时间", d.get("since"));
        line(s, kind == ComplaintKind.AGENCY_FRAUD ? "中介费" : "欠款",
                ComplaintAnswers.blank(d.get("amount")) == null ? null : d.get("amount") + "元");
        line(s, "人数", d.get("workers"));
        line(s, "经过", d.get("what"));
        int photoCount = ComplaintAnswers.photoIds(d).size();
        if (photoCount > 0) {
            s.append("\n照片:").append(photoCount).append("张");
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append('\n').append(label).append(':').append(value.length() > 60 ? value.substring(0, 59) + "…" : value);
        }
    }

    private static int parseSmall(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }
}
