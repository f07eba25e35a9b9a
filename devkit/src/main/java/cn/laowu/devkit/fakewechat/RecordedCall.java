package cn.laowu.devkit.fakewechat;

import java.time.Instant;
import java.util.Map;

/**
 * One request the fake WeChat API received.
 *
 * @param seq   increasing number, so a viewer can ask for "everything after N"
 * @param appid the account whose access token was used (null for token requests)
 */
public record RecordedCall(long seq, Instant at, String method, String path, Map<String, String> query,
                           String body, String appid) {

    public boolean isTo(String pathSuffix) {
        return path.endsWith(pathSuffix);
    }
}
