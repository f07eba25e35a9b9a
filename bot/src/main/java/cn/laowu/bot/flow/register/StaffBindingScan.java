package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.core.staff.StaffWeChat;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** A staff member binding their WeChat with the one-time code of the console's 绑定微信 ({@code staff:TOKEN}). */
@Component
class StaffBindingScan implements SceneHandler {

    private final StaffWeChat staff;

    StaffBindingScan(StaffWeChat staff) {
        this.staff = staff;
    }

    @Override
    public String prefix() {
        return StaffWeChat.SCENE_PREFIX;
    }

    @Override
    public boolean accepts(String scene) {
        return StaffWeChat.isScene(scene);
    }

    @Override
    public Duration lifetime() {
        return StaffWeChat.CODE_LIFETIME;
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        return staff.bind(ctx.appid(), ctx.openid(), scene)
                .map(account -> Reply.text("绑定成功!" + account.getDisplayName()
                        + ",每月调度生成后,本单位的完成情况会发到这里。"))
                .orElseGet(() -> Reply.text("这个绑定码已经用过或过期了(10分钟内有效),请在平台「绑定微信」重新生成。"));
    }
}
