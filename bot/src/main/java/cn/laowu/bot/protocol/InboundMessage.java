package cn.laowu.bot.protocol;

import java.util.Map;

/**
 * A message or event from WeChat, as the fields of its XML. Only the fields every message has
 * are required; the rest are read by name where a handler needs them.
 */
public record InboundMessage(Map<String, String> fields) {

    public static final class MissingField extends IllegalArgumentException {
        MissingField(String name) {
            super("Missing field " + name);
        }
    }

    public static InboundMessage of(Map<String, String> fields) {
        for (String required : new String[]{"ToUserName", "FromUserName", "CreateTime", "MsgType"}) {
            String value = fields.get(required);
            if (value == null || value.isBlank()) {
                throw new MissingField(required);
            }
        }
        if (!fields.get("CreateTime").matches("\\d{1,12}")) {
            throw new MissingField("CreateTime");
        }
        return new InboundMessage(Map.copyOf(fields));
    }

    public String get(String name) {
        return fields.get(name);
    }

    public String toUser() {
        return fields.get("ToUserName");
    }

    public String openid() {
        return fields.get("FromUserName");
    }

    public String msgType() {
        return fields.get("MsgType");
    }

    public long createTime() {
        return Long.parseLong(fields.get("CreateTime"));
    }

    public boolean isEvent() {
        return "event".equals(msgType());
    }

    /** Lower-case event name (subscribe, click, ...), or null for a message. */
    public String event() {
        String event = fields.get("Event");
        return isEvent() && event != null ? event.toLowerCase(java.util.Locale.ROOT) : null;
    }

    public String eventKey() {
        return fields.getOrDefault("EventKey", "");
    }

    /**
     * What identifies this delivery across WeChat's retries: the MsgId of a message, or sender +
     * time + event for an event (WeChat's own recommendation; events have no MsgId).
     */
    public String deliveryId() {
        String msgId = fields.get("MsgId");
        if (msgId != null && !msgId.isBlank() && !isEvent()) {
            return "m" + msgId;
        }
        // Finish events of two sends in the same second differ only by the MsgID they report.
        String reported = fields.get("MsgID");
        return "e" + fields.get("CreateTime") + ":" + event() + ":" + eventKey()
                + (reported == null || reported.isBlank() ? "" : ":" + reported);
    }
}
