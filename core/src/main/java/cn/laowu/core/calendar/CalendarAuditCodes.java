package cn.laowu.core.calendar;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What the working-day calendar writes to the 操作日志. */
@Component
class CalendarAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("work_calendar", "工作日历")
                .action("CALENDAR", "修改工作日历")
                .action("CALENDAR_YEAR", "录入全年放假安排");
    }
}
