package cn.laowu.bot.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A clerk at the console through nginx, as a browser would drive it: the login form with its
 * CSRF token, a session cookie, forms posted and redirects read. One instance per clerk.
 */
final class FaultRunConsole {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    FaultRunConsole(String base) {
        this.base = base;
    }

    void login(String username, String password) throws Exception {
        String location = post("/console/login", form("/console/login"), Map.of("username", username, "password", password));
        if (location == null || !location.endsWith("/console")) {
            throw new IllegalStateException("login of " + username + " went to " + location);
        }
    }

    /** An announcement to every follower of the 州's account (registered or not); returns its id. */
    long announce(String title, String text) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "ANNOUNCEMENT");
        fields.put("title", title);
        fields.put("text", text);
        fields.put("regionCode", "433100");
        fields.put("registered", "ANY");
        fields.put("matchWishes", "false");
        String location = post("/console/broadcasts", form("/console/broadcasts/new"), fields);
        Matcher id = Pattern.compile("/console/broadcasts/(\\d+)$").matcher(location == null ? "" : location);
        if (!id.find()) {
            throw new IllegalStateException("the broadcast was not created: redirected to " + location);
        }
        return Long.parseLong(id.group(1));
    }

    void approve(long broadcastId) throws Exception {
        String page = "/console/broadcasts/" + broadcastId;
        String location = post(page + "/approve", form(page), Map.of());
        if (location == null || !location.endsWith(page)) {
            throw new IllegalStateException("approval went to " + location);
        }
    }

    /** Finds an employer's id by its name (the console's redirect after creating one does not say it). */
    interface EmployerIds {
        long of(String name) throws Exception;
    }

    /**
     * A job of a new employer, published through the console as an office does it: the employer registered
     * and vetted, the job drafted and published (浙江宁波, 4,500–5,500 元, 500 places); returns the job's id.
     */
    long publishJob(String title, EmployerIds employers) throws Exception {
        String employerName = title + "厂";
        post("/console/employers", form("/console/employers"), Map.of("name", employerName, "location", "浙江宁波"));
        long employer = employers.of(employerName);
        post("/console/employers/" + employer + "/vet", form("/console/employers"), Map.of("notes", "演练前已考察"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employerId", String.valueOf(employer));
        fields.put("title", title);
        fields.put("industry", "物流");
        fields.put("workArea", "OUT_OF_PROVINCE");
        fields.put("workPlace", "浙江宁波");
        fields.put("wageMinYuan", "4500");
        fields.put("wageMaxYuan", "5500");
        fields.put("headcount", "500");
        String location = post("/console/jobs/new", form("/console/jobs/new"), fields);
        Matcher id = Pattern.compile("/console/jobs/(\\d+)$").matcher(location == null ? "" : location);
        if (!id.find()) {
            throw new IllegalStateException("the job was not created: redirected to " + location);
        }
        String page = "/console/jobs/" + id.group(1);
        post(page + "/publish", form(page), Map.of());
        return Long.parseLong(id.group(1));
    }

    /** A page of the console; its status (200 when the session is alive on a live instance). */
    int open(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String form(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no form at " + path + " (HTTP " + page.statusCode() + ")");
        }
        return token.group(1);
    }

    private String post(String path, String csrf, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse(null);
    }
}
