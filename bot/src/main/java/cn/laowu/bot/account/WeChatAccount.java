package cn.laowu.bot.account;

import cn.laowu.bot.callback.WeChatCrypto;
import me.chanjar.weixin.mp.api.WxMpService;

/** A configured official account with its callback crypto and its WeChat API client. */
public record WeChatAccount(WeChatProperties.Account config, WeChatCrypto crypto, WxMpService api) {

    public String appid() {
        return config.appid();
    }

    public String name() {
        return config.name() == null ? config.appid() : config.name();
    }
}
