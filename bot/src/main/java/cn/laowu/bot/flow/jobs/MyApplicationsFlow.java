package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.List;

/** 我的报名: every application with where it stands, newest first. */
@Component
public class MyApplicationsFlow implements Flow {

    private final WorkerLookup lookup;
    private final ApplicationService applications;
    private final FollowUpService followUps;
    private final StationService stations;

    public MyApplicationsFlow(WorkerLookup lookup, ApplicationService applications, FollowUpService followUps,
                              StationService stations) {
        this.lookup = lookup;
        this.applications = applications;
        this.followUps = followUps;
        this.stations = stations;
    }

    @Override
    public String id() {
        return "my_applications";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text("您还没有实名登记,也还没有报名。回复 找工作 看岗位,报名时会带您登记。");
        }
        List<ApplicationService.Entry> entries = applications.forWorker(worker.getId());
        if (entries.isEmpty()) {
            return Reply.text("您还没有报名任何岗位。回复 找工作 看看正在招工的岗位。");
        }
        StringBuilder out = new StringBuilder("您的报名:");
        int n = 0;
        for (ApplicationService.Entry entry : entries.subList(0, Math.min(10, entries.size()))) {
            ApplicationStatus status = entry.application().getStatus();
            out.append('\n').append(++n).append(". ").append(entry.job().getTitle()).append(" · ")
                    .append(entry.job().getWorkPlace()).append(" · ").append(status.label());
            if (entry.application().getReason() != null) {
                out.append("(").append(entry.application().getReason()).append(")");
            }
            Appointment appointment = entry.application().appointment();
            if (appointment != null && Appointment.belongsTo(status)) {
                out.append("\n   ").append(appointment.tell(status)).append("。");
            }
        }
        followUps.dueFor(worker.getId()).ifPresent(due -> out.append("\n\n「").append(due.entry().job().getTitle())
                .append("」上岗满").append(due.followUp().getMonthNo()).append("个月了,回复 回访 说说近况。"));
        return Reply.text(out.append("\n\n有进展会发消息告诉您。").append(whomToAsk(worker)).toString());
    }

    /** The station of the worker's own township, with its number: "联系社会保障站" alone leaves them to find it. */
    private String whomToAsk(Worker worker) {
        return stations.contactFor(worker.getHomeRegionPath())
                .map(c -> "有疑问请联系" + c.name() + ",电话 " + c.phone() + "。")
                .orElse("有疑问请联系乡镇社会保障站,或拨打12333。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
