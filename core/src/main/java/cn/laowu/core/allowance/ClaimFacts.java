package cn.laowu.core.allowance;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.ResultRule;
import cn.laowu.core.training.ResultRules;
import cn.laowu.core.training.TrainingRecords;
import cn.laowu.core.training.TrainingRecords.SessionMark;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a claim rests on, for the reviewer at both levels: for a training claim (event key
 * "course:&lt;id&gt;") the course dates, attendance session by session, the 结业 and the certificate;
 * for every claim the worker's placements and follow-up records. {@link #flags} adds what does not
 * fit: 结业 before the end, attendance under the region's rule, a county override, a placement
 * during the course. Read when the reviewer looks, so later records still show.
 */
@Component
class ClaimFacts {

    /** "course:12" (the trainee's claims) or "course:12:worker:34" (an institution's, per trainee). */
    private static final Pattern COURSE_KEY = Pattern.compile("course:(\\d{1,18})(:worker:\\d{1,18})?");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final TrainingRecords training;
    private final ResultRules rules;
    private final ApplicationService applications;
    private final FollowUpService followUps;

    ClaimFacts(TrainingRecords training, ResultRules rules, ApplicationService applications, FollowUpService followUps) {
        this.training = training;
        this.rules = rules;
        this.applications = applications;
        this.followUps = followUps;
    }

    List<String> facts(AllowanceClaim claim) {
        List<String> lines = new ArrayList<>();
        trainingOf(claim).ifPresent(r -> {
            lines.add("课程:「" + r.courseTitle() + "」" + r.kind().label() + "," + r.institutionName() + ","
                    + r.startsOn() + " 至 " + r.endsOn());
            lines.add("出勤:" + r.sessionsAttended() + "/" + r.sessionsPlanned() + " 次,共 " + r.daysAttended() + " 天"
                    + (r.flaggedSessions() > 0 ? ",点名未应答 " + r.flaggedSessions() + " 次" : ""));
            List<SessionMark> marks = training.sessionMarks(r.enrolmentId());
            if (!marks.isEmpty()) {
                lines.add("逐次:" + marks.stream().map(m -> DAY_TIME.format(m.startsChina()) + m.mark().symbol())
                        .collect(Collectors.joining(" ")));
            }
            lines.add("结果:" + r.status().label() + (r.completedOn() == null ? "" : "(" + r.completedOn() + ")")
                    + (r.overrideReason() == null ? "" : ",县级破例:" + r.overrideReason()));
            if (r.certificateSerial() != null) {
                lines.add("证书:" + r.certificateLevel().label() + " " + r.certificateSerial() + ","
                        + (r.certificateIssuer() == null ? "未记发证机构" : r.certificateIssuer()) + ","
                        + r.certificateIssuedOn());
            }
        });
        for (ApplicationService.Entry e : applications.forWorker(claim.getWorkerId())) {
            if (e.application().getPlacedAt() == null) {
                continue;
            }
            lines.add("上岗:「" + e.job().getTitle() + "」" + e.job().getWorkPlace() + ","
                    + CourseService.china(e.application().getPlacedAt()).toLocalDate() + "(" + e.application().getStatus().label() + ")");
            for (FollowUp f : followUps.ofApplication(e.application().getId())) {
                if (f.getRecordedAt() != null) {
                    lines.add("回访:第" + f.getMonthNo() + "个月 " + (Boolean.FALSE.equals(f.getStillEmployed()) ? "已离开" : "在岗"));
                }
            }
        }
        return lines;
    }

    List<String> flags(AllowanceClaim claim) {
        List<String> flags = new ArrayList<>();
        trainingOf(claim).ifPresent(r -> {
            if (r.overrideReason() != null) {
                flags.add("县级管理员破例登记结业:" + r.overrideReason());
            }
            if (r.completedOn() != null && r.completedOn().isBefore(r.endsOn())) {
                flags.add("结业日期 " + r.completedOn() + " 早于课程结束日期 " + r.endsOn() + "。");
            }
            ResultRule rule = rules.forRegion(r.regionPath());
            if (r.sessionsPlanned() == 0 || r.sessionsAttended() * 100 < rule.getMinAttendancePercent() * r.sessionsPlanned()) {
                flags.add("出勤 " + r.sessionsAttended() + "/" + r.sessionsPlanned() + " 次("
                        + ResultRules.percentOf(r.sessionsAttended(), r.sessionsPlanned()) + "%),低于结业要求的 "
                        + rule.getMinAttendancePercent() + "%。");
            }
            for (ApplicationService.Entry e : applications.forWorker(claim.getWorkerId())) {
                LocalDateTime placed = e.application().getPlacedAt();
                LocalDate day = placed == null ? null : CourseService.china(placed).toLocalDate();
                if (day != null && !day.isBefore(r.startsOn()) && !day.isAfter(r.endsOn())) {
                    flags.add("培训期间(" + r.startsOn() + " 至 " + r.endsOn() + ")," + day + " 已在「"
                            + e.job().getTitle() + "」(" + e.job().getWorkPlace() + ")上岗。");
                }
            }
        });
        return flags;
    }

    private Optional<TrainingRecord> trainingOf(AllowanceClaim claim) {
        String key = claim.getEventKey();
        Matcher m = key == null ? null : COURSE_KEY.matcher(key);
        if (m == null || !m.matches() || claim.getWorkerId() == null) {
            return Optional.empty();
        }
        return training.record(claim.getWorkerId(), Long.parseLong(m.group(1)));
    }
}
