package cn.laowu.bot.understanding;

import java.util.regex.Pattern;

/**
 * Whether a sentence about "my information" asks to register it ("登记一下我的信息", "把我的资料录进去")
 * rather than to see or change what is registered ("看看我登记的信息", "我的资料改一下"). Both name the
 * same things (信息, 资料); the verb decides between 实名登记 and 我的信息.
 */
final class Registering {

    private static final Pattern REGISTER = Pattern.compile(
            "登记(?!的|过的|了的)|录入|录一下|录进|录上|录个|注册|建档|建个档|实名|留个信息|留下我的|留下信息|入库|登个记|登进|登上|登一下");
    private static final Pattern VIEW_OR_CHANGE = Pattern.compile(
            "看|查|改|换|错|对不对|修改|更新|变|不用|停机|新号|号码|有没有|没有|了没|好了没|了吗|在哪");

    private Registering() {
    }

    static boolean asksToRegister(String normalised) {
        return REGISTER.matcher(normalised).find() && !VIEW_OR_CHANGE.matcher(normalised).find();
    }
}
