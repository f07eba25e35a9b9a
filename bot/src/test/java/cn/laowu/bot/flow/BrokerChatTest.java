package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broker.BindingToken;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.broker.Scene;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.job.JobService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.LinkSigner;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker binds their WeChat, shares a job code, and the worker who came through it is credited to them. */
class BrokerChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    BrokerService brokers;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    WorkerService workers;
    @Autowired
    LinkSigner signer;
    @Autowired
    DispatchService dispatch;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSharedJobCodeLeadsToAnAttributedPlacementTheBrokerSeesInChat() {
        int n = nextRegionNumber();
        String p = String.format("6%03d00", n);
        Region prefecture = regions.create(p, "经纪州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "经纪县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "经纪镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "经纪村" + n, township.getCode(), 0);
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);
        Broker broker = brokers.create(clerk, scope, "麻经纪" + n, "个人经纪人备案", county.getCode());
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波某厂" + n, "浙江宁波", null, null)).getId(), "考察过");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "理货员" + n, "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 5, false, null)).getId());

        // The broker binds their own WeChat by scanning the one-time code.
        String brokerOpenid = newOpenid();
        BindingToken code = brokers.issueBindingToken(clerk, scope, broker.getId());
        assertThat(scan(brokerOpenid, "SCAN", Scene.binding(code.getToken())).content()).contains("绑定成功").contains("麻经纪");
        assertThat(scan(newOpenid(), "SCAN", Scene.binding(code.getToken())).content()).contains("用过或过期");

        // A worker subscribes through the broker's job code, sees the job, registers and applies.
        String openid = newOpenid();
        CallbackClient.Response welcome = scan(openid, "subscribe", "qrscene_" + Scene.jobShare(job.getId(), broker.getId()));
        assertThat(welcome.content()).contains("欢迎关注").contains("【理货员" + n + "】");
        assertThat(say(openid, "报名").content()).contains("先实名登记");
        ChineseIdNumber id = randomId();
        for (String answer : List.of("田七", id.value(), "13700001111", village.getName(), "1", "1")) {
            say(openid, answer);
        }
        assertThat(say(openid, "0").content()).contains("报名成功");
        Worker worker = workers.findByIdNumber(id.value()).orElseThrow();
        JobApplication application = applications.find(job.getId(), worker.getId());
        assertThat(application.getBrokerId()).isEqualTo(broker.getId());

        // Through the pipeline to 稳岗 (a year on, followed up): the broker's 我的推荐 shows it as eligible.
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(application.getId()), step, null);
        }
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "杨干事 13900002222", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(application.getId()), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(application.getId()), ApplicationStatus.PLACED, null);
        jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL 13 MONTH WHERE id = ?", application.getId());
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 13 MONTH WHERE application_id = ?", application.getId());
        FollowUp yearOn = followUps.ofApplication(application.getId()).get(3);
        followUps.record(clerk, scope, yearOn.getId(), new FollowUpService.Answer(true, 520_000L, Satisfaction.SATISFIED, null));
        applications.move(clerk, scope, job.getId(), List.of(application.getId()), ApplicationStatus.STABLE, null);
        String referrals = say(brokerOpenid, "我的推荐").content();
        assertThat(referrals).contains("田*").contains("理货员" + n).contains("稳岗").contains("✓可申请补贴")
                .contains("稳岗满一年 1 人").doesNotContain("停用");
        assertThat(say(openid, "我的推荐").content()).contains("给劳务经纪人使用");

        // Disabled: the broker still sees what was credited, and their code credits nobody new.
        brokers.setEnabled(clerk, scope, broker.getId(), false, "资质过期");
        assertThat(say(brokerOpenid, "我的推荐").content()).contains("已停用").contains("田*");
        String newcomer = newOpenid();
        scan(newcomer, "subscribe", "qrscene_" + Scene.broker(broker.getId()));
        assertThat(brokers.currentBroker(APPID, newcomer)).isEmpty();
    }

    @Test
    void theQrCodeLinkMustBeSignedAndAsksWeChatForATicketOnce() throws Exception {
        String scene = Scene.broker(42);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port + "/wx/qrcode/" + APPID + "?scene="
                + URLEncoder.encode(scene, StandardCharsets.UTF_8) + "&sig=";
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "forged")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        String sig = signer.sign(APPID + "|" + scene);
        long before = WECHAT.callsTo("/qrcode/create").size();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + sig)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(base + sig)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("showqrcode?ticket=fake-ticket");
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(WECHAT.callsTo("/qrcode/create")).hasSize((int) before + 1);
        assertThat(WECHAT.callsTo("/qrcode/create").get((int) before).body()).contains("QR_LIMIT_STR_SCENE").contains(scene);
    }

    private CallbackClient.Response scan(String openid, String event, String key) {
        return client().send(CallbackClient.event(ACCOUNT, openid, Instant.now().getEpochSecond(), event, key), false);
    }

    private static ChineseIdNumber randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return idNumberBornIn(1980 + random.nextInt(20));
    }
}
