package cn.laowu.admin.broker;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broker.BindingToken;
import cn.laowu.core.broker.BindingTokenMapper;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerBinding;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.jobpage.JobPages;
import cn.laowu.core.broker.Scene;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.privacy.LinkSigner;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 经纪人 through HTTP: registration, binding codes, signed QR links, referrals, roles and scope. */
@TestPropertySource(properties = "laowu.wechat.accounts[0].appid=" + BrokerConsoleTest.APPID)
class BrokerConsoleTest extends ConsoleTestSupport {

    static final String APPID = "wxtest0000000001";
    /** A QR link as rendered in an attribute: scene URL-encoded, '&' escaped. */
    private static final Pattern QR_LINK = Pattern.compile(
            "href=\"/wx/qrcode/" + APPID + "\\?scene=([^&\"]+)&amp;sig=([0-9a-f]+)\"");

    @Autowired
    BrokerService brokerService;
    @Autowired
    BindingTokenMapper tokenRows;
    @Autowired
    LinkSigner linkSigner;
    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    DispatchService dispatchService;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobPages jobPages;

    @Test
    void aBrokerIsRegisteredThroughTheFormAndListed() throws Exception {
        MockHttpSession a = login("towna");
        RegionScope scopeA = RegionScope.of(fx.townshipA);
        mvc.perform(get("/console").session(a)).andExpect(content().string(containsString("href=\"/console/brokers\"")));
        mvc.perform(get("/console/brokers").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有登记经纪人")))
                .andExpect(content().string(containsString("分享岗位二维码")))
                .andExpect(content().string(containsString("每人可申请300元服务补贴")))
                .andExpect(content().string(containsString("value=\"" + fx.villageA.getCode() + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + fx.villageB.getCode() + "\""))));

        String name = "张经纪" + fx.tag;
        String location = mvc.perform(post("/console/brokers").session(a).with(csrf()).param("name", " " + name + " ")
                        .param("qualification", "人力资源服务许可证 4331002024001")
                        .param("regionCode", fx.villageA.getCode()))
                .andExpect(redirectedUrlPattern("/console/brokers/*"))
                .andExpect(flash().attribute("success", containsString(name)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(brokerService.list(scopeA)).singleElement().satisfies(b -> {
            assertThat(location).isEqualTo("/console/brokers/" + b.getId());
            assertThat(b.getName()).isEqualTo(name);
            assertThat(b.getQualification()).isEqualTo("人力资源服务许可证 4331002024001");
            assertThat(b.getRegionCode()).isEqualTo(fx.villageA.getCode());
            assertThat(b.getRegionPath()).isEqualTo(fx.villageA.getPath());
            assertThat(b.getEnabled()).isTrue();
        });

        mvc.perform(get("/console/brokers").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("人力资源服务许可证 4331002024001")))
                .andExpect(content().string(containsString("<td>" + fx.villageA.getName() + "</td>")))
                .andExpect(content().string(containsString("启用")))
                .andExpect(content().string(containsString("<span class=\"bound-count\">0</span>")))
                .andExpect(content().string(not(containsString("还没有登记经纪人"))));
        mvc.perform(get(location).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("还没有绑定微信")))
                .andExpect(content().string(containsString("还没有推荐记录")));
    }

    @Test
    void aBlankQualificationIsRefusedAndNothingIsSaved() throws Exception {
        MockHttpSession a = login("towna");
        String name = "无资质" + fx.tag;
        MvcResult refused = mvc.perform(post("/console/brokers").session(a).with(csrf()).param("name", name)
                        .param("qualification", "   ").param("regionCode", fx.townshipA.getCode()))
                .andExpect(redirectedUrl("/console/brokers"))
                .andExpect(flash().attribute("error", containsString("请填写资质")))
                .andReturn();
        assertThat(brokerService.list(RegionScope.of(fx.prefecture))).isEmpty();
        // The page it lands on (the flash travels in the session) shows the reason and keeps what was typed.
        assertThat(refused.getFlashMap().get("form")).isInstanceOf(BrokerForm.class);
        mvc.perform(get("/console/brokers").session(a))
                .andExpect(content().string(containsString("人力资源服务许可证号或备案情况(255字以内)")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("还没有登记经纪人")));
    }

    @Test
    void aTownshipCannotRegisterABrokerInAnotherTownship() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/brokers").session(a).with(csrf()).param("name", "越界经纪" + fx.tag)
                        .param("qualification", "已备案").param("regionCode", fx.townshipB.getCode()))
                .andExpect(redirectedUrl("/console/brokers"))
                .andExpect(flash().attribute("error", containsString("只能登记本辖区的经纪人")));
        mvc.perform(post("/console/brokers").session(a).with(csrf()).param("name", "无区划经纪" + fx.tag)
                        .param("qualification", "已备案").param("regionCode", "999999999999"))
                .andExpect(flash().attribute("error", containsString("只能登记本辖区的经纪人")));
        assertThat(brokerService.list(RegionScope.of(fx.prefecture))).isEmpty();
    }

    @Test
    void anotherTownshipGets404ForTheBrokerAndCannotIssueItsCode() throws Exception {
        Broker broker = broker("towna", "甲镇专属经纪" + fx.tag);
        MockHttpSession b = login("townb");
        mvc.perform(get("/console/brokers/" + broker.getId()).session(b)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(broker.getName()))));
        mvc.perform(post("/console/brokers/" + broker.getId() + "/binding-code").session(b).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokensOf(broker)).isEmpty();
        mvc.perform(get("/console/brokers").session(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(broker.getName()))));

        // The township's own staff and the county above it see it.
        mvc.perform(get("/console/brokers/" + broker.getId()).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(broker.getName())));
        mvc.perform(get("/console/brokers/" + broker.getId()).session(login("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(broker.getName())));
    }

    @Test
    void aBindingCodeIsIssuedShownOnceAndBindsOnce() throws Exception {
        Broker broker = broker("towna", "待绑定经纪" + fx.tag);
        MockHttpSession a = login("towna");
        String page = "/console/brokers/" + broker.getId();
        mvc.perform(get(page).session(a)).andExpect(content().string(not(containsString("id=\"binding-code\""))));
        assertThat(tokensOf(broker)).isEmpty();

        MvcResult issued = mvc.perform(post(page + "/binding-code").session(a).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("bindingToken", hasLength(24)))
                .andExpect(flash().attribute("success", containsString("24小时内有效")))
                .andReturn();
        String token = (String) issued.getFlashMap().get("bindingToken");
        assertThat(tokensOf(broker)).singleElement().satisfies(t -> {
            assertThat(t.getToken()).isEqualTo(token);
            assertThat(t.getUsedAt()).isNull();
        });

        // The page it lands on (the flash travels in the session) shows the one-time link, signed for
        // the binding scene and this account only.
        String html = mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"binding-code\"")))
                .andExpect(content().string(containsString((String) issued.getFlashMap().get("bindingExpiresAt"))))
                .andExpect(content().string(containsString("<img class=\"qr\" width=\"180\" height=\"180\" src=\"/wx/qrcode/"
                        + APPID + "?scene=bind%3A" + token + "&amp;sig=")))
                .andExpect(content().string(containsString("<a target=\"_blank\" rel=\"noopener\" href=\"/wx/qrcode/"
                        + APPID + "?scene=bind%3A" + token + "&amp;sig=")))
                .andExpect(content().string(containsString("alt=\"绑定二维码(" + APPID + ")\"")))
                .andReturn().getResponse().getContentAsString();
        QrLink bindLink = links(html).stream().filter(l -> l.scene().equals(Scene.binding(token))).findFirst()
                .orElseThrow(() -> new AssertionError("no binding QR link in the page"));
        assertThat(linkSigner.verify(APPID + "|" + bindLink.scene(), bindLink.sig())).isTrue();
        assertThat(linkSigner.verify(APPID + "|" + Scene.binding(token.replace(token.charAt(0), token.charAt(0) == 'A' ? 'B' : 'A')),
                bindLink.sig())).isFalse();
        // Shown once: without the flash the code is gone from the page.
        mvc.perform(get(page).session(a)).andExpect(content().string(not(containsString(token))));

        assertThat(brokerService.bind(APPID, "openid-first-" + fx.tag, token)).get()
                .extracting(Broker::getId).isEqualTo(broker.getId());
        assertThat(brokerService.bind(APPID, "openid-second-" + fx.tag, token)).isEmpty();
        List<BrokerBinding> bindings = brokerService.bindings(broker.getId());
        assertThat(bindings).singleElement().satisfies(b -> assertThat(b.getOpenid()).isEqualTo("openid-first-" + fx.tag));

        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(APPID)))
                .andExpect(content().string(containsString(BrokerController.time(bindings.get(0).getBoundAt()))))
                .andExpect(content().string(not(containsString("还没有绑定微信"))))
                .andExpect(content().string(not(containsString("openid-first-")))); // the openid stays out of the page
        mvc.perform(get("/console/brokers").session(a))
                .andExpect(content().string(containsString("<span class=\"bound-count\">1</span>")));
    }

    @Test
    void qrLinksAreSignedAndAnAlteredSceneFailsTheSignature() throws Exception {
        Broker broker = broker("towna", "分享经纪" + fx.tag);
        Employer employer = vettedEmployer();
        Job open = publishedJob(employer, "分享岗位");
        Job draft = jobService.createJob(actor("towna"), scopeA(), draft(employer, "草稿岗位"));
        Job closed = publishedJob(employer, "已关闭岗位");
        jobService.close(actor("towna"), scopeA(), closed.getId());

        String html = mvc.perform(get("/console/brokers/" + broker.getId()).session(login("towna")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("分享岗位")))
                .andExpect(content().string(not(containsString("草稿岗位"))))
                .andExpect(content().string(not(containsString("已关闭岗位"))))
                .andExpect(content().string(containsString("alt=\"「分享岗位」分享二维码(" + APPID + ")\"")))
                .andReturn().getResponse().getContentAsString();
        List<QrLink> links = links(html);
        assertThat(links).extracting(QrLink::scene).contains(Scene.broker(broker.getId()),
                        Scene.jobShare(open.getId(), broker.getId()))
                .doesNotContain(Scene.jobShare(draft.getId(), broker.getId()),
                        Scene.jobShare(closed.getId(), broker.getId()));
        assertThat(html).contains("scene=j%3A" + open.getId() + "%3Ab%3A" + broker.getId() + "&amp;sig=");
        assertThat(html).contains("src=\"/wx/qrcode/" + APPID + "?scene=j%3A" + open.getId());

        QrLink share = links.stream().filter(l -> l.scene().equals(Scene.jobShare(open.getId(), broker.getId())))
                .findFirst().orElseThrow();
        assertThat(linkSigner.verify(APPID + "|" + share.scene(), share.sig())).isTrue();
        assertThat(linkSigner.verify(APPID + "|" + Scene.jobShare(open.getId(), broker.getId() + 1), share.sig())).isFalse();
        assertThat(linkSigner.verify(APPID + "|" + Scene.jobShare(open.getId() + 1, broker.getId()), share.sig())).isFalse();
        assertThat(linkSigner.verify("wxother000000001|" + share.scene(), share.sig())).isFalse();

        QrLink own = links.stream().filter(l -> l.scene().equals(Scene.broker(broker.getId()))).findFirst().orElseThrow();
        assertThat(linkSigner.verify(APPID + "|" + own.scene(), own.sig())).isTrue();
        assertThat(linkSigner.verify(APPID + "|" + Scene.broker(broker.getId() + 1), own.sig())).isFalse();
    }

    @Test
    void referralsShowTheWorkerMaskedAndTheSubsidyBadgeOnlyWhenStable() throws Exception {
        Broker broker = broker("towna", "推荐经纪" + fx.tag);
        Job job = publishedJob(vettedEmployer(), "推荐岗位");
        long appA = applied(fx.workerA.getId(), job, broker.getId());
        applied(fx.workerB.getId(), job, broker.getId());
        for (ApplicationStatus to : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applicationService.move(actor("towna"), scopeA(), job.getId(), List.of(appA), to, null);
        }
        DispatchBatch batch = dispatchService.create(actor("towna"), scopeA(), job.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "人社局门口", "张干事", "广东东莞"));
        dispatchService.dispatch(actor("towna"), scopeA(), job.getId(), List.of(appA), batch.getId());
        for (ApplicationStatus to : List.of(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP)) {
            applicationService.move(actor("towna"), scopeA(), job.getId(), List.of(appA), to, null);
        }
        String page = "/console/brokers/" + broker.getId();
        String badge = ">可申请300元服务补贴</span>";
        mvc.perform(get(page).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString("乙某")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(not(containsString(workers.idNumberOf(fx.workerA)))))
                .andExpect(content().string(containsString("推荐岗位")))
                .andExpect(content().string(containsString(">跟踪服务</span>")))
                .andExpect(content().string(not(containsString(badge))));

        // 稳岗 needs a year in the job, confirmed by the 12-month follow-up: a year passes.
        jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL 13 MONTH WHERE id = ?", appA);
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 13 MONTH WHERE application_id = ?", appA);
        FollowUp last = followUpService.ofApplication(appA).get(3);
        assertThat(last.getMonthNo()).isEqualTo(FollowUpService.FINAL_MONTH);
        followUpService.record(actor("towna"), scopeA(), last.getId(),
                new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, "电话回访"));
        applicationService.move(actor("towna"), scopeA(), job.getId(), List.of(appA), ApplicationStatus.STABLE, null);
        String html = mvc.perform(get(page).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">稳岗</span>")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.split(Pattern.quote(badge), -1)).as("one subsidy badge").hasSize(2);
        assertThat(html).contains("<b>1</b> 人稳岗满一年");
    }

    @Test
    void theFunnelCountsTheBrokersViewsAndApplicationsPerBrokerAndPerJob() throws Exception {
        Broker broker = broker("towna", "漏斗经纪" + fx.tag);
        Broker other = broker("towna", "别的经纪" + fx.tag);
        Job job = publishedJob(vettedEmployer(), "漏斗岗位");
        applied(fx.workerA.getId(), job, broker.getId());
        applied(fx.workerB.getId(), job, other.getId());
        jobPages.viewed(job.getId(), broker.getId());
        jobPages.viewed(job.getId(), broker.getId());
        jobPages.viewed(job.getId(), other.getId());
        String html = mvc.perform(get("/console/brokers/" + broker.getId()).session(login("towna")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"funnel\"").contains("访问 <b>2</b>").contains("报名 <b>1</b>")
                .contains("上岗 <b>0</b>").containsPattern("<td>漏斗岗位</td>\\s*<td>2</td>\\s*<td>1</td>");
    }

    @Test
    void aBrokerIsDisabledWithAReasonAndEnabledAgain() throws Exception {
        Broker broker = broker("towna", "停用经纪" + fx.tag);
        MockHttpSession a = login("towna");
        String page = "/console/brokers/" + broker.getId();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"disable-form\"")))
                .andExpect(content().string(containsString("scene=b%3A" + broker.getId())))
                .andExpect(content().string(containsString(page + "/binding-code")));

        mvc.perform(post(page + "/disable").session(a).with(csrf()).param("reason", "  "))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("停用要写明原因")));
        assertThat(brokerService.get(scopeA(), broker.getId()).getEnabled()).isTrue();

        mvc.perform(post(page + "/disable").session(a).with(csrf()).param("reason", "资质过期未续"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", containsString("二维码不再记推荐,已记的推荐保留")));
        assertThat(brokerService.get(scopeA(), broker.getId()).getEnabled()).isFalse();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">已停用</span>")))
                .andExpect(content().string(containsString("已停用:二维码不再记推荐,已记的推荐保留。")))
                .andExpect(content().string(containsString("id=\"enable-form\"")))
                .andExpect(content().string(not(containsString("scene=b%3A" + broker.getId()))))
                .andExpect(content().string(not(containsString(page + "/binding-code"))))
                .andExpect(content().string(not(containsString("disable-form"))));
        mvc.perform(get("/console/brokers").session(a))
                .andExpect(content().string(containsString("<span class=\"badge text-bg-secondary\">已停用</span>")));

        mvc.perform(post(page + "/enable").session(a).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", containsString("已启用")));
        assertThat(brokerService.get(scopeA(), broker.getId()).getEnabled()).isTrue();
        mvc.perform(get(page).session(a))
                .andExpect(content().string(containsString("scene=b%3A" + broker.getId())))
                .andExpect(content().string(not(containsString(">已停用</span>"))));
        mvc.perform(get("/console/brokers").session(a))
                .andExpect(content().string(not(containsString("已停用"))));
    }

    @Test
    void onlyTheBrokersOwnOfficeMayDisableIt() throws Exception {
        Broker broker = broker("towna", "外镇停用经纪" + fx.tag);
        String page = "/console/brokers/" + broker.getId();
        mvc.perform(post(page + "/disable").session(login("townb")).with(csrf()).param("reason", "越权"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/disable").session(login("leader")).with(csrf()).param("reason", "领导停用"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/disable").session(login("towna")).param("reason", "无令牌"))
                .andExpect(status().isForbidden());
        assertThat(brokerService.get(scopeA(), broker.getId()).getEnabled()).isTrue();
        mvc.perform(get(page).session(login("leader"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("disable-form"))));
    }

    @Test
    void theLeaderViewsButCannotChangeAndOtherRolesCannotOpen() throws Exception {
        Broker broker = broker("towna", "只读经纪" + fx.tag);
        MockHttpSession leader = login("leader");
        mvc.perform(get("/console").session(leader)).andExpect(content().string(containsString("href=\"/console/brokers\"")));
        mvc.perform(get("/console/brokers").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString(broker.getName())))
                .andExpect(content().string(not(containsString("登记经纪人</h2>"))));
        mvc.perform(get("/console/brokers/" + broker.getId()).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString(broker.getName())))
                .andExpect(content().string(containsString("scene=b%3A" + broker.getId())))
                .andExpect(content().string(not(containsString("/binding-code"))));

        mvc.perform(post("/console/brokers").session(leader).with(csrf()).param("name", "领导登记" + fx.tag)
                        .param("qualification", "已备案").param("regionCode", fx.townshipA.getCode()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/brokers/" + broker.getId() + "/binding-code").session(leader).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(brokerService.list(RegionScope.of(fx.prefecture))).extracting(Broker::getName)
                .containsExactly(broker.getName());
        assertThat(tokensOf(broker)).isEmpty();

        for (String role : new String[] {"village", "trainer"}) {
            MockHttpSession session = login(role);
            mvc.perform(get("/console").session(session))
                    .andExpect(content().string(not(containsString("href=\"/console/brokers\""))));
            mvc.perform(get("/console/brokers").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/console/brokers/" + broker.getId()).session(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        Broker broker = broker("towna", "令牌经纪" + fx.tag);
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/brokers").session(a).param("name", "无令牌经纪" + fx.tag)
                        .param("qualification", "已备案").param("regionCode", fx.townshipA.getCode()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/brokers/" + broker.getId() + "/binding-code").session(a))
                .andExpect(status().isForbidden());
        assertThat(brokerService.list(RegionScope.of(fx.prefecture))).extracting(Broker::getName)
                .containsExactly(broker.getName());
        assertThat(tokensOf(broker)).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------

    private record QrLink(String scene, String sig) {
    }

    /** Every QR link to the test account in the page, scene decoded. */
    private static List<QrLink> links(String html) {
        List<QrLink> links = new ArrayList<>();
        Matcher m = QR_LINK.matcher(html);
        while (m.find()) {
            links.add(new QrLink(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), m.group(2)));
        }
        return links;
    }

    private Actor actor(String shortName) {
        assertThat(shortName).isEqualTo("towna");
        return new Actor(fx.user(shortName), fx.townshipA.getPath(), "127.0.0.1");
    }

    private RegionScope scopeA() {
        return RegionScope.of(fx.townshipA);
    }

    private Broker broker(String shortName, String name) {
        return brokerService.create(actor(shortName), scopeA(), name, "人力资源服务许可证 4331002024999",
                fx.townshipA.getCode());
    }

    private List<BindingToken> tokensOf(Broker broker) {
        return tokenRows.selectList(new LambdaQueryWrapper<BindingToken>().eq(BindingToken::getBrokerId, broker.getId()));
    }

    private Employer vettedEmployer() {
        Employer employer = jobService.createEmployer(actor("towna"), scopeA(),
                new JobService.NewEmployer("经纪测试企业" + fx.tag, "广东东莞", null, null));
        return jobService.vet(actor("towna"), scopeA(), employer.getId(), "已考察");
    }

    private Job publishedJob(Employer employer, String title) {
        Job job = jobService.createJob(actor("towna"), scopeA(), draft(employer, title));
        return jobService.publish(actor("towna"), scopeA(), job.getId());
    }

    private static JobService.JobDraft draft(Employer employer, String title) {
        return new JobService.JobDraft(employer.getId(), title, "电子制造", WorkArea.OUT_OF_PROVINCE, "广东东莞",
                450_000, 600_000, null, "包吃包住", null, null, null, null, 10, false, null);
    }

    private long applied(long workerId, Job job, long brokerId) {
        Outcome outcome = applicationService.apply(workerId, job.getId(), "WECHAT", brokerId);
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        return ((Outcome.Applied) outcome).application().getId();
    }
}
