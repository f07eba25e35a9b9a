package cn.laowu.bot.outbound;

/**
 * WeChat's TEMPLATESENDJOBFINISH event: the fate of one template message. Published as an
 * application event so the broadcast outbox can close the matching delivery.
 *
 * @param status success, failed:user block, failed: system failed ...
 */
public record TemplateSendFinished(String appid, String openid, String msgId, String status) {
}
