package cn.laowu.bot.flow.training;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 签到: "签到 123456" at once, or 签到 and then the 6-digit code the trainer shows. */
@Component
public class CheckInFlow implements Flow {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private static final String ASK = "code";

    private final AttendanceService attendance;
    private final WorkerLookup lookup;

    public CheckInFlow(AttendanceService attendance, WorkerLookup lookup) {
        this.attendance = attendance;
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return "check_in";
    }

    @Override
    public Reply start(DialogContext ctx) {
        return start(ctx, "");
    }

    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        return start(ctx, said.text());
    }

    @Override
    public Reply start(DialogContext ctx, String text) {
        Optional<String> code = code(text);
        if (code.isPresent()) {
            ctx.exit();
            return checkIn(ctx, code.get());
        }
        ctx.enter(id(), ASK);
        return Reply.text("请回复老师给的6位签到码(也可以直接扫老师出示的二维码)。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        Optional<String> code = input.isText() ? code(input.text()) : Optional.empty();
        if (code.isEmpty()) {
            return Reply.text("签到码是6位数字,比如 123456。请再发一次;回复 取消 退出。");
        }
        ctx.exit();
        return checkIn(ctx, code.get());
    }

    private Reply checkIn(DialogContext ctx, String code) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text("您还没有实名登记,也还没有报名培训,不能签到。回复 培训 看课程并报名。");
        }
        return Reply.text(TrainingReplies.checkIn(attendance.checkInByCode(worker.getId(), ctx.openid(), code)));
    }

    static Optional<String> code(String text) {
        Matcher m = CODE.matcher(TextNormaliser.fold(text == null ? "" : text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
