package cn.laowu.bot.flow.training;

import cn.laowu.core.job.JobService;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.AttendanceService.CheckIn;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.Timetable;
import cn.laowu.core.training.TrainingSession;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How courses, sign-ups and check-ins are put to a worker: short, concrete, the next step said. */
final class TrainingReplies {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TrainingReplies() {
    }

    static String line(Course c, Optional<String> jobTitle) {
        int left = Math.max(0, c.getCapacity() - c.getEnrolled());
        return c.getTitle() + " · " + dates(c.getStartsOn(), c.getEndsOn()) + " · " + (Boolean.TRUE.equals(c.getFree())
                ? "免费" : "收费") + " · " + (left > 0 ? "剩" + left + "个名额" : "已满可候补")
                + jobTitle.map(t -> " · 结业可上岗「" + t + "」").orElse("");
    }

    static String detail(Course c, Optional<JobService.JobCard> job) {
        int left = Math.max(0, c.getCapacity() - c.getEnrolled());
        StringBuilder out = new StringBuilder("【").append(c.getTitle()).append("】\n")
                .append("类别:").append(c.getKind().label()).append("\n")
                .append("工种:").append(c.getOccupation())
                .append(c.getTargetLevel() == CertificateLevel.NONE ? "" : ",可考" + c.getTargetLevel().label() + "证书")
                .append("\n时间:").append(dates(c.getStartsOn(), c.getEndsOn()))
                .append("\n地点:").append(c.getPlace())
                .append("\n培训机构:").append(c.getInstitutionName())
                .append("\n费用:").append(Boolean.TRUE.equals(c.getFree()) ? "免费" : "收费,详情问培训机构")
                .append("\n名额:").append(c.getCapacity()).append("人,").append(left > 0 ? "还剩" + left + "个" : "已满,可报名候补");
        job.ifPresent(card -> out.append("\n订单培训:结业后可直接报名「").append(card.job().getTitle()).append("」(")
                .append(card.job().getWorkPlace()).append(")"));
        return out.append("\n\n回复 报名 报这门课;回复 返回 看其他课程。").toString();
    }

    static String outcome(EnrolmentService.Outcome outcome) {
        if (outcome instanceof EnrolmentService.Outcome.Enrolled e) {
            return "报名成功!「" + e.course().getTitle() + "」" + e.course().getStartsOn().format(DAY) + "开课,地点:"
                    + e.course().getPlace() + "。\n开课前一天和当天早上会提醒您。每节课到场后扫老师出示的二维码,或回复 签到 加6位签到码。"
                    + "\n回复 我的培训 查看;开课前去不了可以在那里取消。";
        }
        if (outcome instanceof EnrolmentService.Outcome.Waitlisted w) {
            return "「" + w.course().getTitle() + "」名额已满,已为您报名候补。有人退出会按先后顺序转为正式报名,并发消息告诉您。"
                    + "\n回复 我的培训 查看。";
        }
        if (outcome instanceof EnrolmentService.Outcome.Already a) {
            return "您已经报名了「" + a.course().getTitle() + "」(" + a.enrolment().getStatus().label() + "),不用重复报名。"
                    + "\n回复 我的培训 查看。";
        }
        return "这门课已经停止报名了(开课或取消)。回复 培训 看其他课程。";
    }

    static String checkIn(CheckIn result) {
        TrainingSession s = result.session();
        return switch (result.result()) {
            case CHECKED_IN -> "签到成功!「" + result.course().getTitle() + "」" + when(s) + "。认真学,结业有证书。";
            case ANSWERED_ROLL_CALL -> "点名已确认,谢谢!「" + result.course().getTitle() + "」" + when(s) + "。";
            case WRONG_CODE -> "签到码不对,或者不是您报名的课程的。请核对老师给的6位签到码,回复 签到 加签到码,比如 签到 123456。";
            case NOT_ENROLLED -> "您没有报名「" + result.course().getTitle() + "」,不能签到。回复 培训 看可以报名的课程。";
            case EARLY -> "还没到签到时间:这节课" + when(s) + ",开课前" + AttendanceService.OPENS_BEFORE.toMinutes()
                    + "分钟起可以签到。";
            case LATE -> "这次签到已经截止了(上课签到在开课后" + AttendanceService.CLOSES_AFTER.toMinutes()
                    + "分钟截止,点名只开" + AttendanceService.ROLL_CALL_WINDOW.toMinutes() + "分钟)。如果您确实在场,请当场找老师更正。";
            case ALREADY -> "这次您已经签过到了,不用重复签。";
        };
    }

    static String when(TrainingSession s) {
        return CourseService.china(s.getStartsAt()).format(DAY) + " " + CourseService.china(s.getStartsAt()).format(TIME)
                + "–" + CourseService.china(s.getEndsAt()).format(TIME);
    }

    static String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.format(DAY) : from.format(DAY) + "–" + to.format(DAY);
    }

    /** The overlap, said plainly, and the question. */
    static String clash(java.util.List<Timetable.Clash> clashes) {
        StringBuilder out = new StringBuilder("注意:这门课和您已报名的");
        clashes.forEach(c -> out.append(c.describe()));
        return out.append("上课时间重叠。两门全日制的课不能同时上,出勤不够就不能结业,也领不到补贴。\n")
                .append("仍要报名请回复 1,不报了回复 2。").toString();
    }

    /** 1 / 仍然报名 → yes, 2 / 不报了 → no, anything else → ask again. */
    static Optional<Boolean> confirmsClash(String word) {
        if (word.equals("1") || word.contains("仍") || word.equals("报名") || word.equals("要报")) {
            return Optional.of(true);
        }
        if (word.equals("2") || word.contains("不报") || word.equals("算了") || word.equals("不要")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
