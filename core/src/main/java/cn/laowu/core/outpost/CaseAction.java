package cn.laowu.core.outpost;

import java.time.LocalDateTime;

/** One thing an outpost did on a co-handled case; amount for 追回欠薪, bureau and case no for 移交. */
public record CaseAction(long id, long complaintId, long outpostId, CaseActionKind kind, String text, Long amountFen,
                         String bureau, String bureauCaseNo, String actor, LocalDateTime at) {

    /** What staff enter; the amount in yuan as people say it. */
    public record Input(CaseActionKind kind, String text, Long amountYuan, String bureau, String bureauCaseNo) {
    }
}
