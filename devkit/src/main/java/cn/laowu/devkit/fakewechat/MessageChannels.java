package cn.laowu.devkit.fakewechat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message channels as WeChat answers them: customer-service, template (with client_msg_id
 * de-duplication), subscription notice (bizsend) and mass send (by openid list, tag or to all).
 */
final class MessageChannels {

    /** WeChat: "the same openid and client_msg_id within 10 minutes is sent only once". */
    static final Duration CLIENT_MSG_ID_WINDOW = Duration.ofMinutes(10);
    private static final Pattern TOUSER_LIST = Pattern.compile("\"touser\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TAG_ID = Pattern.compile("\"tag_id\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern TO_ALL = Pattern.compile("\"is_to_all\"\\s*:\\s*true");

    private final FailureInjection failures;
    private final ClientMsgIds clientMsgIds = new ClientMsgIds(CLIENT_MSG_ID_WINDOW);
    private final Map<Long, List<String>> tags = new ConcurrentHashMap<>();

    MessageChannels(FailureInjection failures) {
        this.failures = failures;
    }

    void tag(long tagId, Collection<String> openids) {
        tags.put(tagId, List.copyOf(openids));
    }

    void clientMsgIdWindow(Duration window) {
        clientMsgIds.window(window);
    }

    long templateRepeatsIgnored() {
        return clientMsgIds.repeats();
    }

    /** The answer to a message call, or null when the path is not one of the channels. */
    Answer answer(long seq, String path, String body, String appid) {
        if (path.endsWith("/message/custom/send")) {
            return new Answer(Json.ok(), 0, Answer.single(Json.field(body, "touser")));
        }
        if (path.endsWith("/message/template/send")) {
            return templateSend(seq, appid, body);
        }
        if (path.endsWith("/message/subscribe/bizsend")) {
            return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + seq + "}", 0,
                    Answer.single(Json.field(body, "touser")));
        }
        if (path.endsWith("/message/mass/send") || path.endsWith("/message/mass/sendall")) {
            return massSend(seq, path, body);
        }
        return null;
    }

    /**
     * A template message carrying a {@code client_msg_id} already used for the same openid within
     * 10 minutes is accepted (errcode 0, the first send's msgid) but not delivered again, as WeChat
     * documents: it reaches nobody, so it is neither counted as received nor followed by a finish event.
     */
    private Answer templateSend(long seq, String appid, String body) {
        String openid = Json.field(body, "touser");
        String clientMsgId = Json.field(body, "client_msg_id");
        if (openid != null && clientMsgId != null && !clientMsgId.isEmpty()) {
            long first = clientMsgIds.firstMsgId(appid + "\n" + openid + "\n" + clientMsgId, seq);
            if (first != seq) {
                return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + first + "}", 0, List.of());
            }
        }
        return new Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + seq + "}", 0, Answer.single(openid));
    }

    /**
     * WeChat accepts a mass send as a job and filters silently (unsubscribed, over the 4-a-month
     * limit), so the fake never fails it per follower: openids with a failure configured for the
     * mass path are filtered out. The monthly limit itself is not enforced, only recorded.
     */
    private Answer massSend(long seq, String path, String body) {
        List<String> audience;
        if (path.endsWith("/sendall")) {
            Matcher tag = TAG_ID.matcher(body);
            audience = TO_ALL.matcher(body).find() ? tags.getOrDefault(0L, List.of())
                    : tags.getOrDefault(tag.find() ? Long.parseLong(tag.group(1)) : -1L, List.of());
        } else {
            Matcher list = TOUSER_LIST.matcher(body);
            if (!list.find()) {
                return Answer.failure(40130, "invalid openid list size, at least two openid");
            }
            List<String> openids = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                openids.add(quoted.group(1));
            }
            if (openids.size() < 2 || openids.size() > 10_000) {
                return Answer.failure(40130, "invalid openid list size, at least two openid");
            }
            audience = openids;
        }
        List<String> reached = audience.stream().filter(openid -> failures.forOpenid(openid, path).isEmpty()).toList();
        return new Answer("{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":" + seq
                + ",\"msg_data_id\":" + (2_000_000_000L + seq) + "}", 0, reached, audience.size());
    }
}
