package cn.laowu.bot.account;

import cn.laowu.bot.protocol.WeChatCrypto;
import cn.laowu.core.account.OfficialAccount;
import me.chanjar.weixin.mp.api.WxMpService;

/** A configured official account: what core knows of it, its secrets, its callback crypto and its WeChat API client. */
public record WeChatAccount(OfficialAccount official, WeChatProperties.Account config, WeChatCrypto crypto,
                            WxMpService api) {

    public String appid() {
        return official.appid();
    }

    public String name() {
        return official.label();
    }

    public String regionCode() {
        return official.regionCode();
    }
}
