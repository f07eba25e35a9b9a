package cn.laowu.bot.understanding;

import java.util.regex.Pattern;

/**
 * Whether a sentence about an allowance asks what it is (which there are, who qualifies, how much,
 * what the rule says: "两后生有什么补助", "交通补助的政策是什么") rather than to claim one ("路费能报不",
 * "我想申请交通补助"). Asking is answered by 政策咨询; claiming opens 补贴申领. The classifier sees the same
 * words in both, so the question's shape decides.
 */
final class AllowanceQuestions {

    private static final Pattern ALLOWANCE = Pattern.compile("补贴|补助|奖补|路费|车费|交通费|生活费|两后生|稳岗|扶持");
    private static final Pattern ASKS = Pattern.compile(
            "是什么|是啥|是么子|什么政策|啥政策|么子政策|政策是|的政策|什么规定|有哪些|哪几种|哪些补|哪些人|什么人|啥人|谁能|谁可以"
                    + "|条件|标准|怎么算|咋算|怎么计算|规定|多少钱|给多少|补多少|发多少|好多钱|是多少|能拿多少|有多少|多少"
                    + "|什么补|啥补|么子补|哪样补|具体|介绍一下|讲一下|说一下|了解|咨询|问一下|问下|问问|打听");
    /** Who qualifies and by what rule: a question even beside a claiming word ("什么样的人可以领补贴"). */
    private static final Pattern WHO = Pattern.compile("什么样的人|什么人|哪些人|哪种人|啥人|谁能|谁可以|什么条件|啥条件|么子条件|条件是|标准是|什么标准");
    /** "有啥补助没" asks whether there is one for me: a claim, not a question about the rule. */
    private static final Pattern YES_NO_END = Pattern.compile("(没|没有|冇|不|吗|么|嘛|不咯)$");
    private static final Pattern APPLY = Pattern.compile("申请|申领|我要领|想领|我想领|去领|领取|怎么领|咋领|在哪领|哪里领"
            + "|可以领|可以申请|能申请|提交|交材料|帮我办|我要报|怎么报|咋报|给我报|要什么材料|带什么材料");

    private AllowanceQuestions() {
    }

    static boolean asksAbout(String normalised) {
        if (!ALLOWANCE.matcher(normalised).find()) {
            return false;
        }
        if (WHO.matcher(normalised).find()) {
            return true;
        }
        if (APPLY.matcher(normalised).find()) {
            return false;
        }
        if (!ASKS.matcher(normalised).find()) {
            return false;
        }
        boolean whichOnes = normalised.matches(".*(有什么|有啥|有么子)(补|钱|奖).*");
        return !(whichOnes && YES_NO_END.matcher(normalised).find() && !normalised.contains("政策"));
    }
}
