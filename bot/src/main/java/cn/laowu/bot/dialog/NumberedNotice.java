package cn.laowu.bot.dialog;

import java.time.Instant;
import java.util.Optional;

/**
 * A numbered message the platform sent on its own (a job notice: "1. 普工 … 2. 保安 …") that a bare
 * number outside any dialog answers, unless the worker has seen the main menu since.
 */
public interface NumberedNotice {

    /** @param menuShownAt when this follower last saw the main menu (null: not in this conversation) */
    Optional<Reply> answer(DialogContext ctx, int number, Instant menuShownAt);
}
