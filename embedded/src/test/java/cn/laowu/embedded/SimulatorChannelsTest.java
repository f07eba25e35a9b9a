package cn.laowu.embedded;

import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.embedded.EmbeddedConfiguration.FakeWeChatApiRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The simulator shows what each worker received by channel, and the fake's finish events reach the real callback. */
class SimulatorChannelsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        EmbeddedServers.stopAll();
    }

    @Test
    void showsWhatEachWorkerReceivedByChannelAndFinishEventsPassTheCallbacksSignatureCheck() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedLauncher.application().run(
                "--laowu.embedded.data-dir=" + dataDir, "--server.port=0", "--spring.config.additional-location="
                        + Path.of("..", "config", "application.yml").toAbsolutePath().normalize())) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            FakeWeChatApi api = app.getBean(FakeWeChatApiRef.class).api().orElseThrow();
            api.finishEventDelay(Duration.ofMillis(10));
            String token = get(api.baseUrl() + "/cgi-bin/token?grant_type=client_credential&appid=wxdemo0000000001&secret=x")
                    .replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            String wechat = api.baseUrl() + "/cgi-bin/message/";
            post(wechat + "template/send?access_token=" + token,
                    "{\"touser\":\"osimw1\",\"template_id\":\"t\",\"data\":{\"thing1\":{\"value\":\"已录用\"}}}");
            post(wechat + "subscribe/bizsend?access_token=" + token,
                    "{\"touser\":\"osimw1\",\"template_id\":\"s\",\"data\":{\"thing1\":{\"value\":\"新岗位\"}}}");
            post(wechat + "mass/send?access_token=" + token,
                    "{\"touser\":[\"osimw1\",\"osimw2\"],\"msgtype\":\"text\",\"text\":{\"content\":\"通知\"}}");
            api.failFor("osimw2", "/message/custom/send", 45015);
            post(wechat + "custom/send?access_token=" + token, "{\"touser\":\"osimw2\",\"msgtype\":\"text\"}");

            assertThat(get(base + "/simulator/api/received"))
                    .containsPattern("\"openid\":\"osimw1\",\"last\":\"[^\"]+\",\"CUSTOMER_SERVICE\":0,\"TEMPLATE\":1,"
                            + "\"SUBSCRIPTION\":1,\"MASS\":1")
                    .containsPattern("\"openid\":\"osimw2\",\"last\":\"[^\"]+\",\"CUSTOMER_SERVICE\":0,\"TEMPLATE\":0,"
                            + "\"SUBSCRIPTION\":0,\"MASS\":1");
            assertThat(get(base + "/simulator/api/received/osimw1"))
                    .contains("\"channel\":\"MASS\"").contains("\"channel\":\"SUBSCRIPTION\"").contains("\"channel\":\"TEMPLATE\"")
                    .contains("已录用");
            assertThat(get(base + "/simulator/api/outbound?openid=osimw2"))
                    .containsPattern("\"channel\":\"CUSTOMER_SERVICE\",\"errcode\":45015,\"toYou\":false");

            // The template's and the mass send's finish events: the callback answers 200 only to a valid signature.
            // At least two: the demo's own outbox may send (and finish) its seeded notices meanwhile.
            await().atMost(Duration.ofSeconds(20)).until(() -> api.finishEventsPosted() + api.finishEventsFailed() >= 2);
            assertThat(api.finishEventsPosted()).isGreaterThanOrEqualTo(2);
            assertThat(api.finishEventsFailed()).isZero();
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void post(String url, String body) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
