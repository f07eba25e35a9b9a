package cn.laowu.core.complaint;

import java.util.Arrays;
import java.util.Optional;

/** What a complaint is about. {@code slot} is the kind the chat's intents name (dialog/intents/complaint.yml). */
public enum ComplaintKind {
    WAGE("拖欠工资", "wage"),
    INJURY("工伤", "injury"),
    CONTRACT("劳动合同", "contract"),
    AGENCY_FRAUD("中介欺诈", "agency_fraud"),
    OTHER("其他", "other");

    private final String label;
    private final String slot;

    ComplaintKind(String label, String slot) {
        this.label = label;
        this.slot = slot;
    }

    public String label() {
        return label;
    }

    public String slot() {
        return slot;
    }

    public static Optional<ComplaintKind> ofSlot(String slot) {
        return Arrays.stream(values()).filter(k -> k.slot.equals(slot)).findFirst();
    }
}
