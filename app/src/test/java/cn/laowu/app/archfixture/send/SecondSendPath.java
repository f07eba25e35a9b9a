package cn.laowu.app.archfixture.send;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;

/** What OneSendPathTest must catch: a reply sent straight to WeChat, past the outbox. */
public class SecondSendPath {

    public void reply(WxMpService api, String openid, String text) throws WxErrorException {
        api.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(text).build());
    }

    /** Reading from WeChat is no send: not flagged. */
    public String nickname(WxMpService api, String openid) throws WxErrorException {
        return api.getUserService().userInfo(openid).getNickname();
    }
}
