package cn.laowu.bot.protocol;

/** Renders passive replies in WeChat's XML. */
public final class ReplyXml {

    private ReplyXml() {
    }

    public static String text(String toOpenid, String fromAccount, long createTime, String content) {
        return "<xml><ToUserName><![CDATA[" + cdata(toOpenid) + "]]></ToUserName><FromUserName><![CDATA["
                + cdata(fromAccount) + "]]></FromUserName><CreateTime>" + createTime
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + cdata(content)
                + "]]></Content></xml>";
    }

    /** "]]>" cannot stand inside CDATA: close and reopen around it. */
    static String cdata(String text) {
        return text.replace("]]>", "]]]]><![CDATA[>");
    }
}
