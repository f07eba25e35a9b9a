package cn.laowu.core.application;

import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Tells the worker each time their application moves, in every account they follow: queued in
 * the outbox in the transaction that moved it, so a rolled-back move tells nobody and a
 * committed one is never lost. The wording lives here, with the feature, like every other notice
 * core queues; a feature that has a next step to add on placement says it through {@link PlacedHint}.
 */
@Component
public class ApplicationNotifier {

    private final Outbox outbox;
    private final WorkerService workers;
    private final StationService stations;
    private final List<PlacedHint> hints;

    public ApplicationNotifier(Outbox outbox, WorkerService workers, StationService stations, List<PlacedHint> hints) {
        this.outbox = outbox;
        this.workers = workers;
        this.stations = stations;
        this.hints = hints;
    }

    @EventListener
    public void onChange(ApplicationStatusChanged change) {
        if (message(change, "", "") == null) {
            return;
        }
        String whom = stations.whomToCall(workers.find(change.workerId()).map(Worker::getHomeRegionPath).orElse(null));
        String text = message(change, whom, change.to() == ApplicationStatus.PLACED ? hints(change) : "");
        if (text != null) {
            outbox.toWorker(change.workerId(), Message.single("application:" + change.applicationId() + ":" + change.to(),
                    "岗位「" + change.jobTitle() + "」报名", change.to().label(), change.note(), text));
        }
    }

    /**
     * Null when the worker made the change in the chat, and saw the result there, or when the move
     * came with a time and place: the application feature told the worker those itself.
     */
    static String message(ApplicationStatusChanged change, String whomToCall, String placedHints) {
        String job = "您报名的「" + change.jobTitle() + "」";
        String note = change.note() == null ? "" : "(" + change.note() + ")";
        if (change.from() == null || change.byWorker() || change.appointment() != null) {
            return null;
        }
        if (change.from() == ApplicationStatus.SCREENING && change.to() == ApplicationStatus.REJECTED) {
            return job + "没有通过资格审查" + (change.note() == null ? "" : ":" + change.note()) + "。有疑问请联系" + whomToCall
                    + ",回复 找工作 看看其他岗位。";
        }
        return switch (change.to()) {
            case APPLIED -> "好消息:有名额空出来了," + job + "已从候补转为正式报名。";
            case SCREENING -> job + "进入资格审查,工作人员会核对您的年龄和身体情况。";
            // Without a time and place, "去体检" would send the worker nowhere.
            case MEDICAL -> job + "已通过资格审查。" + (change.note() == null
                    ? "体检的时间和地点由" + whomToCall + "另行通知您,收到通知再去。" : "体检安排:" + change.note() + "。");
            case TRAINING -> job + "请参加上岗前的免费培训。" + note;
            case DISPATCH -> job + "已安排集中输送:" + (change.note() == null ? "出发时间和带队人员会另行通知。" : change.note() + "。");
            case PLACED -> job + "已上岗,祝工作顺利!" + placedHints
                    + "上岗满1、3、6、12个月时我们会问问您的近况。遇到欠薪等问题,回复 投诉 找我们。";
            case FOLLOW_UP -> job + "进入跟踪服务:上岗满1、3、6、12个月时我们会问问您的近况,回复 回访 随时可以说。";
            case STABLE -> job + "已稳定就业满一年,辛苦了!";
            case REJECTED -> job + "没有通过" + note + "。回复 找工作 看看其他岗位。";
            case WITHDRAWN -> job + "已取消" + note + "。";
            case WAITLISTED -> null;
        };
    }

    private String hints(ApplicationStatusChanged change) {
        return hints.stream().map(h -> h.onPlaced(change)).filter(Objects::nonNull).collect(Collectors.joining());
    }
}
