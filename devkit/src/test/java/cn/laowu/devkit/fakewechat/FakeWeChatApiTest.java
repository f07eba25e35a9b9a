package cn.laowu.devkit.fakewechat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

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
