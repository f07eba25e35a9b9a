package cn.laowu.core.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The organised-export pipeline (003, 004 第九条): 报名 → 资格审查 → 体检 → 培训 (先培训后输出,
 * when the job requires it) → 集中输送 → 上岗 → 跟踪服务 → 稳岗, or 未通过/已放弃 on the way.
 * 候补 waits for a place.
 */
public enum ApplicationStatus {
    WAITLISTED("候补"),
    APPLIED("已报名"),
    SCREENING("资格审查"),
    MEDICAL("体检"),
    TRAINING("培训"),
    DISPATCH("集中输送"),
    PLACED("已上岗"),
    FOLLOW_UP("跟踪服务"),
    STABLE("稳岗"),
    REJECTED("未通过"),
    WITHDRAWN("已放弃");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses that occupy one of the job's places. */
    public boolean holdsPlace() {
        return this != WAITLISTED && this != REJECTED && this != WITHDRAWN;
    }

    public boolean isFinal() {
        return this == STABLE || this == REJECTED || this == WITHDRAWN;
    }

    /** 上岗 and being followed up: the placement the follow-ups are about. */
    public boolean isActivePlacement() {
        return this == PLACED || this == FOLLOW_UP;
    }

    /** Where an application may go next; training only when the job requires it. */
    public Set<ApplicationStatus> next(boolean trainingRequired) {
        Set<ApplicationStatus> next = switch (this) {
            case WAITLISTED -> EnumSet.of(APPLIED);
            case APPLIED -> EnumSet.of(SCREENING);
            case SCREENING -> EnumSet.of(MEDICAL);
            case MEDICAL -> trainingRequired ? EnumSet.of(TRAINING) : EnumSet.of(DISPATCH);
            case TRAINING -> EnumSet.of(DISPATCH);
            case DISPATCH -> EnumSet.of(PLACED);
            case PLACED -> EnumSet.of(FOLLOW_UP);
            case FOLLOW_UP -> EnumSet.of(STABLE);
            case STABLE, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
        if (!isFinal()) {
            next.add(REJECTED);
            next.add(WITHDRAWN);
        }
        return next;
    }
}
