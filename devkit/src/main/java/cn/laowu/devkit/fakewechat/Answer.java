package cn.laowu.devkit.fakewechat;

import java.util.List;

/**
 * What the fake answers one API call with.
 *
 * @param errcode    0 when the call succeeded
 * @param recipients the followers a successful message call reached
 * @param audience   for a mass send, the followers addressed before WeChat's filtering
 */
record Answer(String json, int errcode, List<String> recipients, int audience) {

    Answer(String json, int errcode, List<String> recipients) {
        this(json, errcode, recipients, recipients.size());
    }

    static Answer of(String json) {
        return new Answer(json, 0, List.of());
    }

    static Answer ok() {
        return of(Json.ok());
    }

    static Answer failure(int code, String message) {
        return new Answer(Json.error(code, message), code, List.of());
    }

    /** A message to one follower: reached nobody when the body named none. */
    static List<String> single(String openid) {
        return openid == null ? List.of() : List.of(openid);
    }
}
