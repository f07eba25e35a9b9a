package cn.laowu.devkit.fakewechat;

import java.util.Optional;

/** The ways the platform can reach a follower through WeChat's API, by the paths WxJava calls. */
public enum WeChatChannel {
    CUSTOMER_SERVICE("/cgi-bin/message/custom/send"),
    TEMPLATE("/cgi-bin/message/template/send"),
    SUBSCRIPTION("/cgi-bin/message/subscribe/bizsend"),
    /** Mass send by openid list ({@code /mass/send}) or by tag or to all ({@code /mass/sendall}). */
    MASS("/cgi-bin/message/mass/send", "/cgi-bin/message/mass/sendall");

    private final String[] paths;

    WeChatChannel(String... paths) {
        this.paths = paths;
    }

    public static Optional<WeChatChannel> of(String path) {
        for (WeChatChannel channel : values()) {
            for (String candidate : channel.paths) {
                if (path.endsWith(candidate)) {
                    return Optional.of(channel);
                }
            }
        }
        return Optional.empty();
    }
}
