package cn.laowu.core.broadcast;

import cn.laowu.core.outbox.MessageKind;

/** A job notice (one or more published jobs) or an announcement (text from the office). */
public enum BroadcastKind {
    JOBS("岗位推荐", MessageKind.JOB_NOTICE), ANNOUNCEMENT("通知公告", MessageKind.ANNOUNCEMENT);

    private final String label;
    private final MessageKind messageKind;

    BroadcastKind(String label, MessageKind messageKind) {
        this.label = label;
        this.messageKind = messageKind;
    }

    public String label() {
        return label;
    }

    MessageKind messageKind() {
        return messageKind;
    }
}
