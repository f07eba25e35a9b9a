package cn.laowu.core.application;

import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * When and where an applicant comes for 资格审查 or 体检, and what to bring. {@code at} is China
 * wall-clock time, as the clerk wrote it and the worker reads it.
 */
public record Appointment(LocalDateTime at, String place, String bring) {

    /** The stages an appointment belongs to: the applicant comes in person for each. */
    public static boolean belongsTo(ApplicationStatus stage) {
        return stage == ApplicationStatus.SCREENING || stage == ApplicationStatus.MEDICAL;
    }

    /**
     * What the clerk entered, checked: a time ahead of {@code nowInChina} (within a year) and a
     * place are needed; what to bring is optional.
     */
    public static Appointment checked(LocalDateTime at, String place, String bring, LocalDateTime nowInChina) {
        if (at == null) {
            throw new RuleViolation("请填写时间(哪天几点)。");
        }
        String where = Text.required(place, "地点", 64);
        String items = Text.limited(bring, "要带的东西", 64);
        if (!at.isAfter(nowInChina)) {
            throw new RuleViolation("时间 " + when(at) + " 已经过去了,请填以后的时间。");
        }
        if (at.isAfter(nowInChina.plusYears(1))) {
            throw new RuleViolation("时间 " + when(at) + " 太远了,请检查年份。");
        }
        return new Appointment(at.withSecond(0).withNano(0), where, items);
    }

    /** What the worker is told: 请于 12月3日(周四)上午9点 到 吉首市人民医院体检,带身份证. */
    public String tell(ApplicationStatus stage) {
        return "请于 " + when(at) + " 到 " + place + (stage == ApplicationStatus.MEDICAL ? "体检" : "参加资格审查")
                + (bring == null ? "" : ",带" + bring);
    }

    /** The clerk's short line on the application row: 12月3日(周四)上午9点 · 吉首市人民医院 · 带身份证. */
    public String brief() {
        return when(at) + " · " + place + (bring == null ? "" : " · 带" + bring);
    }

    /** 12月3日(周四)上午9点, 下午2点半, 晚上7点15分: how people say a time here. */
    public static String when(LocalDateTime at) {
        int hour = at.getHour();
        String part = hour < 6 ? "凌晨" : hour < 12 ? "上午" : hour == 12 ? "中午" : hour < 18 ? "下午" : "晚上";
        int shown = hour > 12 ? hour - 12 : hour;
        int minute = at.getMinute();
        String minutes = minute == 0 ? "点" : minute == 30 ? "点半" : "点" + minute + "分";
        return at.getMonthValue() + "月" + at.getDayOfMonth() + "日("
                + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA) + ")" + part + shown + minutes;
    }
}
