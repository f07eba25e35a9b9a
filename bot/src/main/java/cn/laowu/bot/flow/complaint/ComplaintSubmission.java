package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.calendar.OfficeHours;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintDrafts;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintFiling.NewComplaint;
import cn.laowu.core.complaint.DueText;
import cn.laowu.core.complaint.HandlingOffice;
import cn.laowu.core.complaint.TimeLimits;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static cn.laowu.bot.flow.complaint.ComplaintAnswers.blank;
import static cn.laowu.bot.flow.complaint.ComplaintAnswers.number;

/**
 * 1 提交: the case filed from its draft (once, whatever Redis remembers), and the worker told its
 * number, who handles it, by when they will hear, and for an urgent case whom to call now and when
 * the office opens.
 */
@Component
class ComplaintSubmission {

    private final ComplaintDrafts drafts;
    private final TimeLimits limits;
    private final WorkerLookup lookup;
    private final HandlingOffice offices;
    private final OfficeHours hours;
    private final Clock clock;

    ComplaintSubmission(ComplaintDrafts drafts, TimeLimits limits, WorkerLookup lookup, HandlingOffice offices,
                        OfficeHours hours, Clock clock) {
        this.drafts = drafts;
        this.limits = limits;
        this.lookup = lookup;
        this.offices = offices;
        this.hours = hours;
        this.clock = clock;
    }

    Reply submit(DialogContext ctx, long draftId) {
        Map<String, String> data = ctx.state().getData();
        Worker worker = lookup.of(ctx).orElse(null);
        Complainant who = new Complainant(ctx.appid(), ctx.openid(), worker == null ? null : worker.getId());
        ComplaintFiling.Filed filed;
        try {
            filed = drafts.file(draftId, who, new NewComplaint(ComplaintAnswers.kind(data), data.get("name"), data.get("phone"),
                    blank(data.get("employer")), blank(data.get("place")), blank(data.get("since")),
                    number(data.get("amount")), number(data.get("workers")) == null ? null : number(data.get("workers")).intValue(),
                    blank(data.get("what")), ComplaintAnswers.photoIds(data), data.getOrDefault("home", ctx.regionCode()))).filed();
        } catch (RuleViolation e) {
            return Reply.text(e.getMessage() + "\n回复 返回 修改,或回复 取消。");
        }
        ctx.exit();
        return Reply.text(receipt(filed, worker == null));
    }

    private String receipt(ComplaintFiling.Filed filed, boolean unregistered) {
        Complaint c = filed.complaint();
        TimeLimits.Limits limit = limits.of(c.getKind(), c.getUrgent(), c.getOwnerRegionPath());
        StringBuilder out = new StringBuilder("投诉已提交,单号 ").append(c.getCaseNo()).append("。\n");
        Optional<HandlingOffice.Contact> office = offices.of(c);
        if (filed.urgency().urgent()) {
            out.append("您的情况紧急,我们会优先受理。紧急可以打:").append(String.join("、", filed.urgency().hotlines()));
            office.ifPresent(o -> out.append("、").append(o.line()));
            out.append("\n");
            LocalDateTime now = LocalDateTime.now(clock);
            if (!hours.isOpen(now)) {
                out.append("现在是下班时间,工作人员上班后(").append(DueText.of(hours.nextOpen(now)).replace("前", ""))
                        .append(")先办您的事;等不了请打上面的电话。\n");
            }
            out.append("最晚").append(DueText.of(c.getAcceptDue())).append("受理。");
        } else {
            out.append(limit.answerDays()).append("个工作日内会有工作人员联系您(最晚").append(DueText.of(c.getAnswerDue()))
                    .append(")。");
        }
        out.append("有进展会发消息告诉您。\n");
        office.ifPresent(o -> out.append("办理单位:").append(o.line()).append("\n"));
        out.append("回复 我的投诉 查看进度、补充情况或照片。");
        if (unregistered) {
            out.append("\n想让我们更快帮到您,可以回复 登记 实名登记。");
        }
        return out.toString();
    }
}
