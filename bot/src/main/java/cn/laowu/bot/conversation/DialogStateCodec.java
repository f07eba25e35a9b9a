package cn.laowu.bot.conversation;

import cn.laowu.bot.dialog.DialogState;
import cn.laowu.core.privacy.PersonalDataProtector;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialog state to and from what is kept in Redis. A flow's state holds what the worker is typing
 * in (name, ID number, phone during 实名登记), so the whole JSON is sealed with the data key
 * (AES-GCM): Redis, its dumps and its replicas never see personal data in clear. Unreadable state
 * (after an upgrade, a key change, tampering) starts afresh.
 */
@Component
class DialogStateCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalDataProtector protector;

    DialogStateCodec(PersonalDataProtector protector) {
        this.protector = protector;
    }

    DialogState decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new DialogState();
        }
        try {
            return JSON.readValue(protector.decrypt(stored), DialogState.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return new DialogState();
        }
    }

    /** Empty for an empty state, so Redis holds nothing for a follower who is not in a flow. */
    String encode(DialogState state) {
        return state.isEmpty() ? "" : protector.encrypt(JSON.writeValueAsString(state));
    }
}
