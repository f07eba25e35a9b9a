package cn.laowu.app;

import cn.laowu.bot.h5.H5Identity;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production configuration's cookies: the console's session and the H5 pages' sign-in are
 * Secure (production is served over https), and a public job page, read by anyone, makes no
 * session and sets no cookie at all through the whole filter chain (Spring Security included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class SecureCookiesTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    H5Identity identity;
    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    JobPages pages;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theConsoleSessionCookieIsSecureInProduction() throws Exception {
        HttpResponse<String> login = get("/console/login");
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void theH5SignInCookieIsSecureInProduction() {
        assertThat(identity.cookie("wxapp", "openid-1", false).isSecure()).isTrue();
        assertThat(identity.cookie("wxapp", "openid-1", false).toString()).contains("Secure").contains("HttpOnly");
    }

    @Test
    void aPublicJobPageMakesNoSessionAndSetsNoCookie() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(100, 999);
        String code = String.format("6%03d00", n);
        Region prefecture = regions.find(code).orElseGet(() -> regions.create(code, "饼干州" + n, null, 0));
        String countyCode = code.substring(0, 4) + "01";
        Region county = regions.find(countyCode).orElseGet(() -> regions.create(countyCode, "饼干县" + n, prefecture.getCode(), 0));
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);
        long employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope, new JobService.NewEmployer(
                "饼干厂" + n, "广东东莞", "人事 0769-22001100", "考察记录")).getId(), "考察过").getId();
        long draft = jobs.createJob(clerk, scope, new JobService.JobDraft(employer, "包装工", "制造", WorkArea.OUT_OF_PROVINCE,
                "广东东莞", 400_000, 500_000, "8小时", "包吃住", "五险", 18, 50, null, 5, false, null)).getId();
        Job job = jobs.publish(clerk, scope, draft);

        for (String path : new String[]{"/h5/jobs/" + pages.tokenOf(job.getId()), "/h5/jobs?r=" + county.getCode(),
                "/h5/jobs/AAAAAAAAAAAAAAAAAAAA"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 404);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get("/h5/jobs/" + pages.tokenOf(job.getId())).body()).contains("包装工");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 10) MicroMessenger/8.0.50").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
