package cn.laowu.app;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production configuration on a real Tomcat, reached by a client that lies in its Host and
 * X-Forwarded-* headers without being a configured proxy. The client speaks plain http, so the
 * session cookie is not Secure here (production's is: SecureCookiesTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "laowu.cookies.secure=false")
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ProxyHeadersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aForgedHostIsNotReflectedIntoTheLoginRedirect() throws IOException {
        String response = raw("GET /console/workers HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 302");
        String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .orElseThrow();
        assertThat(location).doesNotContain("evil").doesNotContain("https").endsWith("/console/login");
    }

    @Test
    void theAuditLogRecordsTheRealClientNotAForgedForwardedFor() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(100, 999);
        String code = String.format("7%03d00", n);
        Region region = regions.find(code).orElseGet(() -> regions.create(code, "代理州" + n, null, 0));
        String username = "proxy_" + Long.toString(System.nanoTime(), 36);
        staff.bootstrap(username, "代理测试", StaffRole.PREFECTURE_ADMIN, region.getCode(), "start2026ok", false);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(send(http, HttpRequest.newBuilder(uri("/console/login"))).body());
        send(http, form("/console/login", "username=" + username + "&password=start2026ok&_csrf=" + enc(token)));
        token = csrf(send(http, HttpRequest.newBuilder(uri("/console/password"))).body());
        HttpResponse<String> changed = send(http, form("/console/password",
                "current=start2026ok&replacement=next2026ok&repeat=next2026ok&_csrf=" + enc(token)));
        assertThat(changed.statusCode()).isEqualTo(302);

        String ip = jdbc.queryForObject("SELECT ip FROM audit_log WHERE actor = ? AND action = 'CHANGE_PASSWORD'",
                String.class, username);
        assertThat(ip).isNotEqualTo("6.6.6.6").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "6.6.6.6").header("X-Real-IP", "6.6.6.6")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("X-Forwarded-For", "6.6.6.6").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A request written by hand: HttpClient refuses to send a Host header of our choosing. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
