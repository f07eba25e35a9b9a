package cn.laowu.bot.h5;

import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.job.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** 我要报名 on a job page: as a registered follower, an unregistered one, a stranger; races, CSRF, the rate limit. */
class PageApplyTest extends JobPageTestSupport {

    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegisteredFollowerAppliesWithOneTapAndTheChatIsToldThroughTheOutbox() throws Exception {
        Job job = publish("注塑工", 5);
        String openid = registeredFollower("赵一");
        Phone phone = new Phone(WECHAT_UA);
        long codesBefore = WECHAT.oauthCodesIssued();
        HttpResponse<String> confirm = phone.openApply(pathOf(job) + "/apply", openid);
        assertThat(WECHAT.oauthCodesIssued()).as("silent OAuth went through the fake").isEqualTo(codesBefore + 1);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("确认报名").contains("method=\"post\"");

        HttpResponse<String> done = phone.post(pathOf(job) + "/apply", "csrf=" + csrfOf(confirm.body()));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("报名成功").contains("注塑工");
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        JobApplication application = applications.find(job.getId(), workerId);
        assertThat(application.getChannel()).isEqualTo("H5");
        assertThat(jdbc.queryForList("SELECT body FROM delivery WHERE source = ? AND openid = ?", String.class,
                "h5apply:" + application.getId(), openid)).singleElement().asString().contains("报名成功");
        assertThat(phone.get(pathOf(job)).body()).as("places left, fresh after applying").contains("还招 4 人");

        HttpResponse<String> again = phone.post(pathOf(job) + "/apply", "csrf=" + csrfOf(confirm.body()));
        assertThat(again.body()).contains("您已经报过了").contains("已报名");
    }

    @Test
    void theSameEligibilityReasonsAsInChat() throws Exception {
        long id = jobs.createJob(clerk, scope, new cn.laowu.core.job.JobService.JobDraft(employer.getId(), "少年工", "制造",
                cn.laowu.core.worker.WorkArea.OUT_OF_PROVINCE, "浙江温州", 450_000, 600_000, null, null, null, 18, 19, null, 5,
                false, null)).getId();
        Job job = jobs.publish(clerk, scope, id);
        String openid = registeredFollower("钱二");
        Phone phone = new Phone(WECHAT_UA);
        HttpResponse<String> confirm = phone.openApply(pathOf(job) + "/apply", openid);
        HttpResponse<String> done = phone.post(pathOf(job) + "/apply", "csrf=" + csrfOf(confirm.body()));
        assertThat(done.body()).contains("暂时不能报这个岗位").contains("这个岗位要求19岁以下");
    }

    @Test
    void anUnregisteredFollowerIsSentToTheChatAtThisJobAndRegistersFirst() throws Exception {
        Job job = publish("电焊工", 5);
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        HttpResponse<String> page = new Phone(WECHAT_UA).openApply(pathOf(job) + "/apply", openid);
        assertThat(page.body()).contains("长按识别二维码,回公众号报名").contains("先实名登记").doesNotContain("确认报名");
        String scene = sceneIn(page.body());
        assertThat(scene).isEqualTo("jp:" + job.getId());

        CallbackClient.Response scanned = scan(openid, "SCAN", scene);
        assertThat(scanned.content()).contains("【电焊工】").contains("回复 报名");
        assertThat(say(openid, "报名").content()).contains("先实名登记");
    }

    @Test
    void someoneNotFollowingGetsAQrCodeThatFollowsAndOpensTheJob() throws Exception {
        Job job = publish("木工", 5);
        var broker = broker("带路人");
        String b = brokerTokens.issue(broker.getId());
        String openid = newOpenid();
        HttpResponse<String> page = new Phone(WECHAT_UA).openApply(pathOf(job) + "/apply?b=" + b, openid);
        assertThat(page.body()).contains("长按识别二维码,关注后报名").contains("关注公众号「测试公众号」");
        String scene = sceneIn(page.body());
        assertThat(scene).isEqualTo("jp:" + job.getId() + ":b:" + broker.getId());
        assertThat(followers.find(APPID, openid)).as("nothing stored before they follow").isEmpty();

        CallbackClient.Response welcome = scan(openid, "subscribe", "qrscene_" + scene);
        assertThat(welcome.content()).contains("【木工】");
        assertThat(brokers.currentBroker(APPID, openid)).contains(broker.getId());
    }

    @Test
    void aPlainBrowserReadsThePageAndIsToldHowToApply() throws Exception {
        Job job = publish("油漆工", 5);
        String body = new Phone("Mozilla/5.0 (iPhone) Safari/604.1").get(pathOf(job)).body();
        assertThat(body).contains("怎么报名").contains("微信搜索公众号「测试公众号」").contains("0743-8123456")
                .doesNotContain("/apply\"");
    }

    @Test
    void theLastPlacesGoToAsManyAsThereAreUnderConcurrency() throws Exception {
        Job job = publish("抢手岗位", 2);
        List<Phone> phones = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Phone phone = new Phone(WECHAT_UA);
            tokens.add(csrfOf(phone.openApply(pathOf(job) + "/apply", registeredFollower("孙" + i)).body()));
            phones.add(phone);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int k = i;
                posts.add(() -> phones.get(k).post(pathOf(job) + "/apply", "csrf=" + tokens.get(k)).body());
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
            assertThat(answers.stream().filter(a -> a.contains("报名成功")).count()).isEqualTo(2);
            assertThat(answers.stream().filter(a -> a.contains("已排上候补")).count()).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobs.find(job.getId()).orElseThrow().getFilled()).isEqualTo(2);
    }

    @Test
    void applyingNeedsTheFormsCsrfTokenAndTheFollowersCookie() throws Exception {
        Job job = publish("钳工", 5);
        Job other = publish("车工", 5);
        String openid = registeredFollower("周三");
        Phone phone = new Phone(WECHAT_UA);
        String otherToken = csrfOf(phone.openApply(pathOf(other) + "/apply", openid).body());
        phone.openApply(pathOf(job) + "/apply", openid);

        assertThat(phone.post(pathOf(job) + "/apply", "").statusCode()).isEqualTo(403);
        assertThat(phone.post(pathOf(job) + "/apply", "csrf=forged").statusCode()).isEqualTo(403);
        HttpResponse<String> wrongJob = phone.post(pathOf(job) + "/apply", "csrf=" + otherToken);
        assertThat(wrongJob.statusCode()).isEqualTo(403);
        assertThat(wrongJob.body()).contains("页面过期了");
        String stranger = csrfOf(phone.openApply(pathOf(job) + "/apply", openid).body());
        assertThat(new Phone(WECHAT_UA).post(pathOf(job) + "/apply", "csrf=" + stranger).statusCode())
                .as("the token without the follower's cookie").isEqualTo(403);
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        assertThat(applications.find(job.getId(), workerId)).isNull();
    }

    @Test
    void aFollowerCanTryOnlyAFewTimesInTenMinutes() throws Exception {
        Job job = publish("铆工", 5);
        String openid = registeredFollower("吴四");
        Phone phone = new Phone(WECHAT_UA);
        String token = csrfOf(phone.openApply(pathOf(job) + "/apply", openid).body());
        for (int i = 0; i < 5; i++) {
            assertThat(phone.post(pathOf(job) + "/apply", "csrf=" + token).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = phone.post(pathOf(job) + "/apply", "csrf=" + token);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("过十分钟再报名");
    }

    private CallbackClient.Response scan(String openid, String event, String key) {
        return client().send(CallbackClient.event(ACCOUNT, openid, Instant.now().getEpochSecond(), event, key), false);
    }

    /** The scene of the QR link on the page ({@code /wx/qrcode/APPID?scene=...&sig=...}). */
    private static String sceneIn(String html) {
        int at = html.indexOf("scene=");
        assertThat(at).as("a QR code on the page").isPositive();
        String rest = html.substring(at + 6);
        return URLDecoder.decode(rest.substring(0, rest.indexOf("&amp;")), StandardCharsets.UTF_8);
    }
}
