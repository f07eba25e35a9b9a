package cn.laowu.app;

import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ApplicationTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthSaysUpAndNamesNoComponentsToStrangers() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("redis")
                .doesNotContain("db");
    }

    @Test
    void publicPagesCarrySecurityHeaders() throws Exception {
        for (String path : new String[]{"/", "/actuator/health", "/wx/portal/wxunknown00000001"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
        }
        assertThat(get("/h5/job-notices/wxunknown00000001").headers().firstValue("Content-Security-Policy")).get()
                .asString().contains("script-src 'self' https://res.wx.qq.com").contains("frame-ancestors 'none'");
        HttpResponse<String> console = get("/console/login");
        assertThat(console.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(console.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
    }

    @Test
    void aPathWithAnEncodedSlashOrBackslashGetsTheChineseErrorPage() throws Exception {
        for (String path : new String[]{"/console/a%2Fb", "/console/a%5Cb", "/x%2F..%2Fconsole", "/h5/%5c"}) {
            // As a browser asks for it (without Accept: text/html, Boot's /error answers JSON).
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("这个请求有误").doesNotContain("HTTP Status");
        }
    }

    @Test
    void landingPageSaysWhatIsRunning() throws Exception {
        HttpResponse<String> landing = get("/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("劳务输出服务平台").contains("正式环境").contains("MariaDB");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
