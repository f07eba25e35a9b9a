package cn.laowu.core.training;

public enum AttendanceKind {
    CHECK_IN,
    ROLL_CALL
}
