package cn.laowu.bot.h5;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A county of its own with a vetted employer, jobs published in it, and a phone that opens pages. */
abstract class JobPageTestSupport extends PortalTestSupport {

    static final String WECHAT_UA = "Mozilla/5.0 (Linux; Android 10) MicroMessenger/8.0.50";

    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    JobPages pages;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    BrokerService brokers;
    @Autowired
    BrokerLinkToken brokerTokens;

    Region county;
    Region village;
    RegionScope scope;
    Actor clerk;
    Employer employer;
    int n;

    @BeforeEach
    void county() {
        n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        Region prefecture = regions.create(p, "页面州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "页面县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "页面镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "页面村" + n, township.getCode(), 0);
        regions.setOfficePhone(county.getCode(), "0743-8123456");
        scope = RegionScope.of(county);
        clerk = new Actor("clerk", county.getPath(), null);
        employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope, new JobService.NewEmployer(
                "温州某鞋厂" + n, "浙江温州", "厂长王秘密 13911112222", "内部备注")).getId(), "考察过,内部意见");
        assertThat(prefecture).isNotNull();
    }

    Job publish(String title, int headcount) {
        return jobs.publish(clerk, scope, draft(title, headcount));
    }

    long draft(String title, int headcount) {
        return jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title, "制造", WorkArea.OUT_OF_PROVINCE,
                "浙江温州", 450_000, 600_000, "8小时两班倒", "包吃包住", "五险", 18, 50, null, headcount, false, null)).getId();
    }

    Broker broker(String name) {
        return brokers.create(clerk, scope, name + n, "个人经纪人备案", county.getCode());
    }

    /** A follower of the test account who registered (a worker bound to them). */
    String registeredFollower(String name) {
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        Worker worker = workers.register(new NewWorker(name, randomIdNumber(), "137" + String.format("%08d",
                (long) (Math.random() * 1e8)), village.getCode(), false));
        followers.bindWorker(APPID, openid, worker.getId());
        return openid;
    }

    String pathOf(Job job) {
        return "/h5/jobs/" + pages.tokenOf(job.getId());
    }

    /** A phone's browser: keeps its cookies; inside WeChat unless told otherwise. */
    class Phone {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final String agent;

        Phone(String agent) {
            this.agent = agent;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path))
                    .header("User-Agent", agent).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", agent)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Opens 我要报名 as this follower: through WeChat's silent OAuth (the fake), back to our
         * page (the public address swapped for the test server's), and returns the page it ends on.
         */
        HttpResponse<String> openApply(String applyPath, String openid) throws Exception {
            WECHAT.browserFollower(openid);
            HttpResponse<String> response = get(applyPath);
            for (int hops = 0; hops < 4 && response.statusCode() == 302; hops++) {
                String location = response.headers().firstValue("Location").orElseThrow()
                        .replace("https://laowu.test", "http://127.0.0.1:" + port);
                response = get(location);
            }
            return response;
        }
    }

    static String csrfOf(String html) {
        int at = html.indexOf("name=\"csrf\" value=\"");
        assertThat(at).as("the confirm form").isPositive();
        int from = at + "name=\"csrf\" value=\"".length();
        return html.substring(from, html.indexOf('"', from));
    }
}
