package cn.laowu.bot.conversation;

import cn.laowu.bot.dialog.DialogState;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Dialog state to and from the JSON kept in Redis; unreadable state (e.g. after an upgrade) starts afresh. */
final class DialogStateCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DialogStateCodec() {
    }

    static DialogState decode(String json) {
        if (json == null || json.isEmpty()) {
            return new DialogState();
        }
        try {
            return JSON.readValue(json, DialogState.class);
        } catch (JacksonException e) {
            return new DialogState();
        }
    }

    /** Empty for an empty state, so Redis holds nothing for a follower who is not in a flow. */
    static String encode(DialogState state) {
        return state.isEmpty() ? "" : JSON.writeValueAsString(state);
    }
}
