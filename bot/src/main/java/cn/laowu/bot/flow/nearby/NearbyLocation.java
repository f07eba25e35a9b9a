package cn.laowu.bot.flow.nearby;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.LocationReply;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import org.springframework.stereotype.Component;

/** A location shared anywhere means "what is near me": the nearest stations and their jobs. */
@Component
class NearbyLocation implements LocationReply {

    private final NearbyFlow nearby;

    NearbyLocation(NearbyFlow nearby) {
        this.nearby = nearby;
    }

    @Override
    public Reply answer(DialogContext ctx, UserInput location) {
        return nearby.handle(ctx, location);
    }
}
