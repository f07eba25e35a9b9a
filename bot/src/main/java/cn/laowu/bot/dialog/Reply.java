package cn.laowu.bot.dialog;

/** What the bot answers: a text, or nothing (WeChat is told "success"). */
public record Reply(String text) {

    public static final Reply NONE = new Reply(null);

    public static Reply text(String text) {
        return new Reply(text);
    }

    public boolean isNone() {
        return text == null || text.isEmpty();
    }
}
