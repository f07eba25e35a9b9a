package cn.laowu.devkit.browser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.laowu.devkit.servers.FreePort;
import org.junit.jupiter.api.Assumptions;

/**
 * Just enough of the W3C WebDriver protocol to drive Debian's headless Chromium through
 * chromedriver: no browser download, no Selenium. One browser session per instance. Shared by the
 * browser tests of the console (admin) and of the workers' pages (bot).
 */
public final class WebDriverClient implements AutoCloseable {

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    /** Set by .ci/run: there a browser test that cannot start its browser fails instead of skipping. */
    public static final String REQUIRE_BROWSER = "LAOWU_REQUIRE_BROWSER";

    /**
     * Debian's chromium through its chromedriver on a free port. Where they are not installed the
     * test is skipped, loudly; or fails, when {@value #REQUIRE_BROWSER} is set.
     */
    public static WebDriverClient chromium(Path profile) throws Exception {
        String required = System.getenv(REQUIRE_BROWSER);
        requireInstalled(CHROMEDRIVER, CHROMIUM, required != null && !required.isBlank() && !"0".equals(required));
        return new WebDriverClient(CHROMEDRIVER, CHROMIUM, FreePort.find(), profile);
    }

    public static void requireInstalled(String chromedriver, String chromium, boolean required) {
        if (Files.isExecutable(Path.of(chromedriver)) && Files.isExecutable(Path.of(chromium))) {
            return;
        }
        String why = "chromium and chromium-driver are not installed (" + chromium + ", " + chromedriver + ")";
        if (required) {
            throw new AssertionError("Browser test cannot run: " + why + ", and " + REQUIRE_BROWSER
                    + " asks for the browser. Install them: apt-get install chromium chromium-driver");
        }
        System.err.println("\n**********\n*** BROWSER TEST SKIPPED: " + why + ".\n*** Set " + REQUIRE_BROWSER
                + "=1 to make this a failure (CI does).\n**********\n");
        Assumptions.assumeTrue(false, why);
    }

    public WebDriverClient(String chromedriver, String chromium, int port, Path profile) throws Exception {
        this.driver = new ProcessBuilder(chromedriver, "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        this.base = "http://127.0.0.1:" + port;
        waitForDriver();
        List<String> args = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--user-data-dir=" + profile);
        JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", Map.of("binary", chromium, "args", args)))));
        this.session = created.get("sessionId").asText();
    }

    /** Signs in on the console's login page as {@code username} and waits for the workbench. */
    public void logIn(String site, String username, String password) throws Exception {
        open(site + "/console/login");
        type("#username", username);
        type("#password", password);
        click("button[type=submit]");
        waitForUrl("/console");
    }

    /** A cookie for the site of the page now open (as a sign-in would have left it). */
    public void addCookie(String name, String value, String path) throws Exception {
        call("POST", "/session/" + session + "/cookie", Map.of("cookie", Map.of("name", name, "value", value, "path", path)));
    }

    /** Forgets a cookie of the page now open, as when the server's session ended and the browser was not told. */
    public void deleteCookie(String name) throws Exception {
        call("DELETE", "/session/" + session + "/cookie/" + name, null);
    }

    public void open(String url) throws Exception {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    public String find(String css) throws Exception {
        return call("POST", "/session/" + session + "/element", Map.of("using", "css selector", "value", css))
                .get(ELEMENT).asText();
    }

    public int count(String css) throws Exception {
        return call("POST", "/session/" + session + "/elements", Map.of("using", "css selector", "value", css)).size();
    }

    public void type(String css, String text) throws Exception {
        call("POST", "/session/" + session + "/element/" + find(css) + "/value", Map.of("text", text));
    }

    public void click(String css) throws Exception {
        call("POST", "/session/" + session + "/element/" + find(css) + "/click", Map.of());
    }

    /** Waits for a navigation: a click returns before the next page has loaded. */
    public String waitForUrl(String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String url = url();
        while (!url.endsWith(suffix) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            url = url();
        }
        return url;
    }

    /** Waits until the page has at least one element matching the selector (scripts may draw it late). */
    public int waitForCount(String css) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int count = count(css);
        while (count == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = count(css);
        }
        return count;
    }

    /**
     * A phone's screen: the page is laid out for this CSS width (the console's meta viewport is
     * device-width), through chromedriver's DevTools passthrough, so no window manager is involved.
     */
    public void phone(int width, int height) throws Exception {
        call("POST", "/session/" + session + "/goog/cdp/execute", Map.of("cmd", "Emulation.setDeviceMetricsOverride",
                "params", Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true)));
    }

    /** Runs a script in the page and returns what it returns. */
    public JsonNode script(String body) throws Exception {
        return call("POST", "/session/" + session + "/execute/sync", Map.of("script", body, "args", List.of()));
    }

    public String url() throws Exception {
        return call("GET", "/session/" + session + "/url", null).asText();
    }

    public String source() throws Exception {
        return call("GET", "/session/" + session + "/source", null).asText();
    }

    public void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null).asText()));
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        request = "GET".equals(method) ? request.GET()
                : body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).get("value");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + path + " failed: " + value);
        }
        return value;
    }

    private void waitForDriver() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException | InterruptedException ignored) {
            // the driver is stopped below anyway
        } finally {
            driver.destroy();
        }
    }
}
