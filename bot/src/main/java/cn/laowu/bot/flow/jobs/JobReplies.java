package cn.laowu.bot.flow.jobs;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.search.JobLine;

/** How jobs and application results read in chat: short, concrete, numbers in 元. */
public final class JobReplies {

    private JobReplies() {
    }

    public static String line(JobLine job) {
        return job.title() + " · " + job.workPlace() + " · " + wage(job.wageMinFen(), job.wageMaxFen())
                + (job.placesLeft() > 0 ? " · 剩" + job.placesLeft() + "人" : " · 已满可候补");
    }

    /** {@code vetted}: as the worker may be told now (not while a wage case is open against the employer). */
    public static String detail(JobCard card, boolean vetted) {
        Job job = card.job();
        StringBuilder out = new StringBuilder("【").append(job.getTitle()).append("】\n");
        out.append("单位:").append(card.employer().getName())
                .append(vetted ? "(已考察✓)" : card.employer().isVetted() ? "(复核中)" : "(未考察)").append('\n');
        out.append("地点:").append(job.getWorkPlace()).append("(").append(job.getWorkArea().label()).append(")\n");
        out.append("月薪:").append(wage(job)).append('\n');
        appendIf(out, "工时", job.getHours());
        appendIf(out, "吃住", job.getFoodLodging());
        appendIf(out, "社保", job.getSocialInsurance());
        if (job.getAgeMin() != null || job.getAgeMax() != null) {
            out.append("年龄:").append(job.getAgeMin() == null ? "" : job.getAgeMin()).append('-')
                    .append(job.getAgeMax() == null ? "" : job.getAgeMax()).append("岁\n");
        }
        appendIf(out, "身体", job.getHealthRequirement());
        if (Boolean.TRUE.equals(job.getTrainingRequired())) {
            out.append("上岗前有免费培训\n");
        }
        out.append(job.placesLeft() > 0 ? "还招 " + job.placesLeft() + " 人" : "已招满,可报名候补").append('\n');
        return out.append("\n回复 报名 立即报名;回复 返回 看列表。").toString();
    }

    public static String outcome(ApplicationService.Outcome outcome, String title) {
        if (outcome instanceof ApplicationService.Outcome.Applied) {
            return "报名成功!「" + title + "」\n工作人员会尽快联系您做资格审查,进度会发消息告诉您。回复 我的报名 随时查看。";
        }
        if (outcome instanceof ApplicationService.Outcome.Waitlisted) {
            return "「" + title + "」已经招满,您已排上候补。有人放弃时自动给您补上,会发消息告诉您。";
        }
        if (outcome instanceof ApplicationService.Outcome.AlreadyApplied already) {
            return "您已经报过「" + title + "」了,现在是「" + already.application().getStatus().label()
                    + "」。回复 我的报名 查看。";
        }
        if (outcome instanceof ApplicationService.Outcome.NotEligible notEligible) {
            return "抱歉,暂时不能报这个岗位:" + notEligible.reason() + "\n回复 找工作 看看别的岗位。";
        }
        return "这个岗位已经停止报名了。回复 找工作 看看别的岗位。";
    }

    public static String wage(Job job) {
        return wage(job.getWageMinFen(), job.getWageMaxFen());
    }

    private static String wage(long minFen, long maxFen) {
        long min = minFen / 100;
        long max = maxFen / 100;
        return min == max ? min + "元" : min + "-" + max + "元";
    }

    private static void appendIf(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(':').append(value).append('\n');
        }
    }
}
