package cn.laowu.devkit.fakewechat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeWeChatApiTest {

    private final FakeWeChatApi api = FakeWeChatApi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void issuesTokensAndRecordsMessagesSentWithThem() throws Exception {
        api.registerAccount("wxappid", "secret");
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxappid&secret=secret"));

        String reply = post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o1\",\"text\":\"你好\"}");

        assertThat(reply).contains("\"errcode\":0");
        RecordedCall call = api.awaitCall(c -> c.isTo("/message/custom/send"), Duration.ofSeconds(1)).orElseThrow();
        assertThat(call.appid()).isEqualTo("wxappid");
        assertThat(call.body()).contains("你好");
        assertThat(api.tokensIssued()).isEqualTo(1);
    }

    @Test
    void refusesAWrongSecretAndAnUnknownToken() throws Exception {
        api.registerAccount("wxappid", "secret");
        assertThat(get("/cgi-bin/token?grant_type=client_credential&appid=wxappid&secret=nope")).contains("40125");
        assertThat(post("/cgi-bin/message/custom/send?access_token=forged", "{}")).contains("40001");
    }

    @Test
    void injectedFailuresHappenExactlyAsOftenAsAsked() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.failNext("/message/template/send", 45009, 1);
        assertThat(post("/cgi-bin/message/template/send?access_token=" + token, "{}")).contains("45009");
        assertThat(post("/cgi-bin/message/template/send?access_token=" + token, "{}")).contains("\"msgid\"");
    }

    @Test
    void remembersThePublishedMenu() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        assertThat(get("/cgi-bin/menu/get?access_token=" + token)).contains("46003");
        post("/cgi-bin/menu/create?access_token=" + token, "{\"button\":[]}");
        assertThat(api.lastMenu()).isEqualTo("{\"button\":[]}");
        assertThat(api.callsAfter(1)).extracting(RecordedCall::path).containsExactly("/cgi-bin/menu/get", "/cgi-bin/menu/create");
    }

    @Test
    void answersTheMessageChannelsAsWeChatDoesAndCountsThem() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.tag(2, List.of("o1", "o2", "o3"));

        String template = post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o1"));
        String notice = post("/cgi-bin/message/subscribe/bizsend?access_token=" + token,
                "{\"touser\":\"o1\",\"template_id\":\"t\",\"data\":{\"thing1\":{\"value\":\"岗位\"}}}");
        String byList = post("/cgi-bin/message/mass/send?access_token=" + token,
                "{\"touser\":[\"o1\",\"o2\"],\"msgtype\":\"text\",\"text\":{\"content\":\"通知\"}}");
        String byTag = post("/cgi-bin/message/mass/sendall?access_token=" + token,
                "{\"filter\":{\"is_to_all\":false,\"tag_id\":2},\"msgtype\":\"text\",\"text\":{\"content\":\"通知\"}}");

        assertThat(template).matches("\\{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\\d+}");
        assertThat(notice).contains("\"errcode\":0");
        assertThat(byList).contains("\"msg_id\":").contains("\"msg_data_id\":").contains("\"errcode\":0");
        assertThat(byTag).contains("\"msg_id\":");
        assertThat(api.callsTo("/mass/sendall").get(0).recipients()).containsExactly("o1", "o2", "o3");
        assertThat(api.callsTo("/mass/send").get(0).channel()).contains(WeChatChannel.MASS);
        assertThat(api.count("/message/template/send")).isEqualTo(1);
        assertThat(api.count("/message/mass/send")).isEqualTo(1);
        assertThat(api.count("/cgi-bin/token")).isEqualTo(1);
    }

    @Test
    void aMassSendToFewerThanTwoOpenidsIsRefused() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        assertThat(post("/cgi-bin/message/mass/send?access_token=" + token, "{\"touser\":[\"o1\"]}")).contains("40130");
        assertThat(api.countSucceeded("/message/mass/send")).isZero();
    }

    @Test
    void everyHandledErrorCodeCanBeInjected() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        for (int code : new int[] {-1, 40001, 43004, 43101, 45009, 45015, 45047, 47003}) {
            api.failNext("/message/custom/send", code, 1);
            assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o1\"}"))
                    .contains("\"errcode\":" + code + ",");
        }
        assertThat(api.callsTo("/message/custom/send")).extracting(RecordedCall::errcode)
                .containsExactly(-1, 40001, 43004, 43101, 45009, 45015, 45047, 47003);
        assertThat(api.callsTo("/message/custom/send")).allSatisfy(call -> assertThat(call.recipients()).isEmpty());
        assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o1\"}")).contains("\"errcode\":0");
        assertThat(api.countSucceeded("/message/custom/send")).isEqualTo(1);
    }

    @Test
    void perOpenidFailuresLastUntilClearedAndFilterMassSendsSilently() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.failFor("o1", "/message/custom/send", 45015);
        api.failFor("o1", "/message/mass/send", 43004);

        for (int i = 0; i < 2; i++) {
            assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o1\"}")).contains("45015");
        }
        assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o2\"}")).contains("\"errcode\":0");
        assertThat(post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o1"))).contains("\"msgid\"");
        assertThat(post("/cgi-bin/message/mass/send?access_token=" + token, "{\"touser\":[\"o1\",\"o2\"]}"))
                .contains("\"errcode\":0");
        assertThat(api.callsTo("/message/mass/send").get(0).recipients()).containsExactly("o2");

        api.clearFailuresFor("o1");
        assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{\"touser\":\"o1\"}")).contains("\"errcode\":0");
    }

    @Test
    void randomFailuresHappenAtTheAskedRateAndRepeatWithTheSeed() throws Exception {
        List<Integer> first = randomRun();
        List<Integer> second = randomRun();
        assertThat(second).isEqualTo(first);
        long failed = first.stream().filter(code -> code == -1).count();
        assertThat(failed).isBetween(40L, 80L);
        assertThat(first).containsOnly(0, -1);
        assertThatThrownBy(() -> api.failRandomly("/x", -1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Integer> randomRun() throws Exception {
        api.clear();
        api.randomSeed(42);
        api.failRandomly("/message/template/send", -1, 0.3);
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        for (int i = 0; i < 200; i++) {
            post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o" + i));
        }
        api.clearFailures();
        return api.callsTo("/message/template/send").stream().map(RecordedCall::errcode).toList();
    }

    @Test
    void revokedTokensAreRefusedUntilANewOneIsFetched() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.revokeTokens();
        assertThat(post("/cgi-bin/message/custom/send?access_token=" + token, "{}")).contains("40001");
        String fresh = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        assertThat(post("/cgi-bin/message/custom/send?access_token=" + fresh, "{}")).contains("\"errcode\":0");
    }

    @Test
    void countsWhatEachOpenidReceivedByChannel() throws Exception {
        api.countPerOpenid(true);
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.failFor("o3", "/message/template/send", 43004);
        for (String openid : List.of("o1", "o2", "o2", "o3")) {
            post("/cgi-bin/message/template/send?access_token=" + token, templateTo(openid));
        }
        post("/cgi-bin/message/mass/send?access_token=" + token, "{\"touser\":[\"o1\",\"o4\"]}");

        assertThat(api.receivedBy("o1", WeChatChannel.TEMPLATE)).isEqualTo(1);
        assertThat(api.receivedBy("o1")).isEqualTo(2);
        assertThat(api.receivedBy("o2", WeChatChannel.TEMPLATE)).isEqualTo(2);
        assertThat(api.receivedBy("o3")).isZero();
        assertThat(api.recipients(WeChatChannel.TEMPLATE)).isEqualTo(2);
        assertThat(api.recipientsReceivingMoreThanOnce(WeChatChannel.TEMPLATE)).isEqualTo(1);
        assertThat(api.openidsReceivingMoreThanOnce(WeChatChannel.TEMPLATE)).containsExactly("o2");
        assertThat(api.recipientsReceivingMoreThanOnce(WeChatChannel.MASS)).isZero();
    }

    @Test
    void aTemplateMessageRepeatedWithTheSameClientMsgIdIsAcceptedButDeliveredOnce() throws Exception {
        api.countPerOpenid(true);
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        String path = "/cgi-bin/message/template/send?access_token=" + token;

        String first = post(path, templateTo("o1", "d42"));
        String repeat = post(path, templateTo("o1", "d42"));
        post(path, templateTo("o2", "d42"));
        post(path, templateTo("o1", "d43"));
        post(path, templateTo("o3", null));
        post(path, templateTo("o3", null));

        assertThat(repeat).contains("\"errcode\":0").contains("\"msgid\":" + field(first, "msgid"));
        assertThat(api.receivedBy("o1", WeChatChannel.TEMPLATE)).as("d42 once, d43 once").isEqualTo(2);
        assertThat(api.receivedBy("o2", WeChatChannel.TEMPLATE)).as("another openid, same id").isEqualTo(1);
        assertThat(api.receivedBy("o3", WeChatChannel.TEMPLATE)).as("no client_msg_id, no de-duplication").isEqualTo(2);
        assertThat(api.templateRepeatsIgnored()).isEqualTo(1);

        // A window of one nanosecond has passed by the next call, without the test waiting for it.
        api.clientMsgIdWindow(Duration.ofNanos(1));
        post(path, templateTo("o1", "d42"));
        assertThat(api.receivedBy("o1", WeChatChannel.TEMPLATE)).as("after the window it goes again").isEqualTo(3);
    }

    @Test
    void aDelayedAnswerComesAfterTheMessageIsAlreadyReceived() throws Exception {
        api.countPerOpenid(true);
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        api.answerDelay(Duration.ofSeconds(3));
        var answer = http.sendAsync(HttpRequest.newBuilder(URI.create(api.baseUrl()
                        + "/cgi-bin/message/custom/send?access_token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("{\"touser\":\"o1\",\"text\":\"你好\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> api.receivedBy("o1") > 0);
        assertThat(api.receivedBy("o1")).as("received while the sender still waits").isEqualTo(1);
        assertThat(answer).isNotDone();
        assertThat(answer.get(10, TimeUnit.SECONDS).body()).contains("\"errcode\":0");
    }

    @Test
    void postsSignedFinishEventsToTheCallbackAsWeChatDoes() throws Exception {
        BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
        HttpServer callback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        callback.createContext("/wx/portal/", exchange -> {
            Map<String, String> request = new LinkedHashMap<>();
            request.put("path", exchange.getRequestURI().getPath());
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                request.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            byte[] ok = "success".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        callback.start();
        try {
            api.sendFinishEventsTo("http://127.0.0.1:" + callback.getAddress().getPort(), "wxa", "cbtoken");
            api.finishEventDelay(Duration.ofMillis(10));
            api.blockTemplatesFrom("o2");
            String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
            String msgid = field(post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o1")), "msgid");
            String blocked = field(post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o2")), "msgid");
            api.failFor("o3", "/message/mass/send", 43004);
            String massId = field(post("/cgi-bin/message/mass/send?access_token=" + token,
                    "{\"touser\":[\"o1\",\"o2\",\"o3\"]}"), "msg_id");
            api.failNext("/message/template/send", 45009, 1);
            post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o4"));

            List<Map<String, String>> events = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Map<String, String> event = received.poll(5, TimeUnit.SECONDS);
                assertThat(event).as("event %d", i).isNotNull();
                events.add(event);
            }
            assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("no event for a failed send").isNull();
            for (Map<String, String> event : events) {
                assertThat(event.get("path")).isEqualTo("/wx/portal/wxa");
                assertThat(event.get("signature")).isEqualTo(sha1("cbtoken", event.get("timestamp"), event.get("nonce")));
                assertThat(event.get("body")).contains("<FromUserName><![CDATA[" + event.get("openid") + "]]></FromUserName>")
                        .contains("<MsgType><![CDATA[event]]></MsgType>");
            }
            assertThat(events).anySatisfy(event -> assertThat(event.get("body"))
                    .contains("<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>").contains("<MsgID>" + msgid + "</MsgID>")
                    .contains("<Status><![CDATA[success]]></Status>").contains("[o1]"));
            assertThat(events).anySatisfy(event -> assertThat(event.get("body"))
                    .contains("<MsgID>" + blocked + "</MsgID>").contains("<Status><![CDATA[failed:user block]]></Status>")
                    .contains("[o2]"));
            assertThat(events).anySatisfy(event -> assertThat(event.get("body"))
                    .contains("<Event><![CDATA[MASSSENDJOBFINISH]]></Event>").contains("<MsgID>" + massId + "</MsgID>")
                    .contains("<TotalCount>3</TotalCount><FilterCount>2</FilterCount><SentCount>2</SentCount>"
                            + "<ErrorCount>0</ErrorCount>"));
            // Counted when the callback's answer arrives, which may be just after the callback saw the request.
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> api.finishEventsPosted() >= 3);
            assertThat(api.finishEventsPosted()).isEqualTo(3);
            assertThat(api.finishEventsFailed()).isZero();
        } finally {
            callback.stop(0);
        }
    }

    @Test
    void sendsNoFinishEventsForAnAccountWithoutACallback() throws Exception {
        String token = token(get("/cgi-bin/token?grant_type=client_credential&appid=wxa&secret=s"));
        post("/cgi-bin/message/template/send?access_token=" + token, templateTo("o1"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> api.finishEventsPosted() + api.finishEventsFailed() == 0);
    }

    private static String templateTo(String openid) {
        return templateTo(openid, null);
    }

    private static String templateTo(String openid, String clientMsgId) {
        return "{\"touser\":\"" + openid + "\",\"template_id\":\"t\","
                + (clientMsgId == null ? "" : "\"client_msg_id\":\"" + clientMsgId + "\",")
                + "\"data\":{\"thing1\":{\"value\":\"已录用\"}}}";
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    /** Written apart from the fake's own, so a mistake there cannot hide here. */
    private static String sha1(String... parts) throws Exception {
        List<String> sorted = new ArrayList<>(List.of(parts));
        sorted.sort(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(digest.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
    }

    private static String token(String json) {
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("token in %s", json).isTrue();
        return matcher.group(1);
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
