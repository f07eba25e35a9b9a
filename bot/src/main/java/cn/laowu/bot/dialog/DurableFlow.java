package cn.laowu.bot.dialog;

import java.util.Optional;

/**
 * A flow that also keeps its state in MySQL as it goes (a complaint: what the worker told us must
 * not be lost), so it carries on, and can finish, while Redis, where dialog state lives, is away.
 */
public interface DurableFlow extends Flow {

    /** The follower's unfinished dialog of this flow, as the state to carry on from, if one was kept. */
    Optional<DialogState> recall(String appid, String openid);

    /** The follower left this flow without finishing it (menu, cancel, another flow): what was kept goes. */
    void forget(String appid, String openid);
}
