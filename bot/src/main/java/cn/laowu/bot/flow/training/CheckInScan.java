package cn.laowu.bot.flow.training;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A session's (or roll call's) check-in code ({@code tc:TOKEN}), shown by the trainer: a temporary
 * QR code, so a photo of it sent to a friend stops working; each session has its own token.
 */
@Component
class CheckInScan implements SceneHandler {

    static final String PREFIX = "tc:";

    private final AttendanceService attendance;
    private final WorkerLookup lookup;

    CheckInScan(AttendanceService attendance, WorkerLookup lookup) {
        this.attendance = attendance;
        this.lookup = lookup;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean accepts(String scene) {
        return scene != null && scene.matches("tc:[0-9A-Za-z]{12}");
    }

    /** Long enough for a session of a morning or an afternoon; the service still checks the session's window. */
    @Override
    public Duration lifetime() {
        return Duration.ofHours(4);
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text(greeting.text() + "\n\n您还没有实名登记,也还没有报名培训,不能签到。回复 培训 看课程并报名。");
        }
        // A trainee scanning in class wants the result only, not the menu of the greeting.
        ctx.exit();
        return Reply.text(TrainingReplies.checkIn(attendance.checkInByToken(worker.getId(), ctx.openid(),
                scene.substring(PREFIX.length()))));
    }
}
