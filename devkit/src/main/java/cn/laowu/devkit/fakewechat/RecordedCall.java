package cn.laowu.devkit.fakewechat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake WeChat API received.
 *
 * @param seq        increasing number, so a viewer can ask for "everything after N"
 * @param appid      the account whose access token was used (null for token requests)
 * @param errcode    what the fake answered: 0 when the call succeeded
 * @param recipients the followers a successful message call reached (empty for failures and
 *                   non-message calls); for a mass send, the list after WeChat's silent filtering
 */
public record RecordedCall(long seq, Instant at, String method, String path, Map<String, String> query,
                           String body, String appid, int errcode, List<String> recipients) {

    public boolean isTo(String pathSuffix) {
        return path.endsWith(pathSuffix);
    }

    public boolean succeeded() {
        return errcode == 0;
    }

    /** The channel of a message call; empty for tokens, menus and the like. */
    public Optional<WeChatChannel> channel() {
        return WeChatChannel.of(path);
    }
}
