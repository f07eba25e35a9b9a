package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow.Outcome;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import static cn.laowu.bot.dialog.StepFlow.done;
import static cn.laowu.bot.dialog.StepFlow.goTo;
import static cn.laowu.bot.dialog.StepFlow.retry;

/**
 * 实名登记 with an ID number already in the archive: the chat binds to that card only when the name
 * matches and the phone on the card is given ({@link CardClaims} counts the wrong ones); a card with
 * no phone, or one locked for the day, is sent to the township office.
 */
@Component
class CardProof {

    static final String STEP = "prove";
    private static final String OFFICE = "请带身份证到乡镇社会保障站办理。";
    private static final String CLAIMED = "claimed";

    private final WorkerService workers;
    private final CardClaims claims;

    CardProof(WorkerService workers, CardClaims claims) {
        this.workers = workers;
        this.claims = claims;
    }

    /** The ID number belongs to this card: on to the phone, unless the card cannot be claimed in chat. */
    Outcome claim(DialogContext ctx, Worker existing) {
        if (!existing.getName().equals(ctx.state().getData().get("name"))) {
            return done(Reply.text("这个身份证号已经登记过,但姓名对不上。请带身份证到乡镇社会保障站核对。"));
        }
        if (existing.getPhoneHash() == null) {
            return done(Reply.text("这个身份证号已经登记过,但没有留手机号,没法在微信上核对是您本人。" + OFFICE));
        }
        if (claims.locked(existing.getId())) {
            return done(Reply.text(lockedText()));
        }
        ctx.state().getData().put(CLAIMED, String.valueOf(existing.getId()));
        return goTo(STEP);
    }

    /** The phone on the card, from someone who knows its name and ID number. */
    Outcome prove(DialogContext ctx, UserInput input) {
        Worker claimed = workers.find(Long.parseLong(ctx.state().getData().get(CLAIMED))).orElse(null);
        if (claimed == null || claimed.getPhoneHash() == null) {
            return done(Reply.text("这张登记卡没法在微信上核对。" + OFFICE));
        }
        String phone = WorkerService.normalisePhone(input.text());
        if (!phone.matches("1\\d{10}")) {
            return retry("手机号是11位数字,以1开头,您输入了" + phone.length() + "位数字。");
        }
        if (claims.locked(claimed.getId())) {
            return done(Reply.text(lockedText()));
        }
        if (workers.phoneMatches(claimed, phone)) {
            claims.bind(ctx, claimed);
            return done(Reply.text("核对无误,您之前已经登记过,已经为您关联好了。" + RegistrationFlow.carryOn(ctx)));
        }
        int left = claims.wrongPhone(claimed.getId());
        if (left == 0) {
            claims.tellOfLock(claimed);
            return done(Reply.text(lockedText()));
        }
        return retry("手机号和登记的对不上,今天还能再试" + left + "次。换了手机号的," + OFFICE);
    }

    private static String lockedText() {
        return "这张登记卡今天核对手机号错的次数太多,为了保护登记人的信息,今天不能再试了。明天再试,或者" + OFFICE;
    }
}
