package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccount;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends customer-service (客服) messages: the way to answer a worker after the 5-second passive
 * reply window, allowed by WeChat within 48 hours of the worker's last message.
 */
@Component
public class CustomerServiceMessenger {

    private static final Logger log = LoggerFactory.getLogger(CustomerServiceMessenger.class);

    /** @return whether WeChat accepted the message */
    public boolean sendText(WeChatAccount account, String openid, String text) {
        try {
            account.api().getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(text).build());
            return true;
        } catch (WxErrorException e) {
            // The content is personal; the error code says enough to act on.
            log.warn("Customer-service message to a follower of {} failed: errcode {}", account.appid(),
                    e.getError() == null ? "?" : e.getError().getErrorCode());
            return false;
        }
    }
}
