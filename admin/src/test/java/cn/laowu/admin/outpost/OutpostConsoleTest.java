package cn.laowu.admin.outpost;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.outpost.CoHandledCases;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 驻外机构 and 驻外工作台 through the real security chain: roles, the outpost scope, CSRF, bad input. */
class OutpostConsoleTest extends ConsoleTestSupport {

    @Autowired
    OutpostService outposts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    CoHandledCases cases;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> opened = new ArrayList<>();

    @AfterEach
    void closeThem() {
        Actor admin = new Actor("admin", fx.prefecture.getPath(), null);
        opened.forEach(id -> outposts.close(admin, RegionScope.of(fx.prefecture), id));
    }

    @Test
    void aPrefectureSetsUpAnOutpostAndABadOrOverlappingAreaChangesNothing() throws Exception {
        MockHttpSession zhou = login("zhou");
        long before = count();
        mvc.perform(post("/console/outposts").session(zhou).with(csrf()).param("name", "错区").param("parentRegionCode",
                        fx.prefecture.getCode()).param("address", "某路").param("phone", "0769-1").param("areaCodes", "441999"))
                .andExpect(redirectedUrl("/console/outposts"))
                .andExpect(flash().attribute("error", containsString("没有代码为 441999")));
        mvc.perform(post("/console/outposts").session(zhou).param("name", "无令牌").param("parentRegionCode",
                        fx.prefecture.getCode()).param("address", "某路").param("phone", "0769-1").param("areaCodes", "430102"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);

        String location = mvc.perform(post("/console/outposts").session(zhou).with(csrf()).param("name", "驻芙蓉服务站")
                        .param("parentRegionCode", fx.county.getCode()).param("address", "芙蓉区某路")
                        .param("phone", "0731-8888").param("areaCodes", "430102, 430103"))
                .andExpect(redirectedUrlPattern("/console/outposts/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        opened.add(id);
        mvc.perform(get(location).session(zhou)).andExpect(content().string(containsString("芙蓉区")))
                .andExpect(content().string(containsString("天心区")));
        mvc.perform(post("/console/outposts").session(zhou).with(csrf()).param("name", "重叠").param("parentRegionCode",
                        fx.prefecture.getCode()).param("address", "某路").param("phone", "0731-1").param("areaCodes", "430100"))
                .andExpect(flash().attribute("error", containsString("已由驻芙蓉服务站服务")));
        assertThat(count()).isEqualTo(before + 1);

        MockHttpSession town = login("towna");
        mvc.perform(get("/console/outposts").session(town)).andExpect(status().isForbidden());
        mvc.perform(post(location + "/close").session(town).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/console/outposts").session(login("leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("驻芙蓉服务站")))
                .andExpect(content().string(not(containsString("设立驻外机构"))));
    }

    @Test
    void outpostStaffSeeOnlyTheirAreaAndOnlyCoHandleWhatIsPlacedThere() throws Exception {
        Actor admin = new Actor("admin", fx.prefecture.getPath(), null);
        Outpost o = outposts.create(admin, RegionScope.of(fx.prefecture), new NewOutpost("驻长安服务站",
                fx.prefecture.getCode(), "长安镇某路", "0769-85550001", null, null, null, null, List.of("441900119")));
        opened.add(o.id());
        staff.bootstrap(fx.user("outpost"), "驻外员", StaffRole.OUTPOST_STAFF, fx.prefecture.getCode(),
                ConsoleFixture.PASSWORD, false);
        long staffId = staff.findByUsername(fx.user("outpost")).orElseThrow().getId();
        jdbc.update("INSERT INTO outpost_staff (staff_account_id, outpost_id, role) VALUES (?, ?, ?)", staffId, o.id(),
                OutpostRole.STAFF.name());
        workplaces.recordText(fx.workerA.getId(), "东莞长安", "长安某厂", WorkplaceSource.CHAT);
        workplaces.recordText(fx.workerB.getId(), "宁波北仑", null, WorkplaceSource.CHAT);
        Complaint there = filing.file(new ComplaintFiling.Complainant("wxtest0000000001", "oa" + staffId,
                fx.workerA.getId()), new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null, "长安某厂",
                "东莞长安", null, 2000L, 1, "没发工资", List.of(), null)).complaint();
        Complaint elsewhere = filing.file(new ComplaintFiling.Complainant("wxtest0000000001", "ob" + staffId,
                fx.workerB.getId()), new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null, "北仑某厂",
                "宁波北仑", null, 2000L, 1, "没发工资", List.of(), null)).complaint();

        MockHttpSession desk = login("outpost");
        mvc.perform(get("/console").session(desk)).andExpect(redirectedUrl("/console/outpost"));
        String page = mvc.perform(get("/console/outpost").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("worker-" + fx.workerA.getId())))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(containsString("东莞市长安镇")))
                .andExpect(content().string(not(containsString("worker-" + fx.workerB.getId()))))
                .andExpect(content().string(containsString(there.getCaseNo())))
                .andExpect(content().string(not(containsString(elsewhere.getCaseNo()))))
                .andExpect(content().string(not(containsString("看手机号"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("no full ID number").doesNotContainPattern("\\d{17}[\\dX]");

        // Nothing of the home regions: the archive, the complaints queue, the owner's actions.
        mvc.perform(get("/console/workers").session(desk)).andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints").session(desk)).andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints/" + there.getId()).session(desk)).andExpect(status().isForbidden());
        mvc.perform(post("/console/complaints/" + there.getId() + "/accept").session(desk).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/outpost/workers/" + fx.workerA.getId() + "/phone").session(desk).with(csrf()))
                .andExpect(flash().attribute("error", containsString("只有站长")));

        mvc.perform(get("/console/outpost/cases/" + there.getId()).session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("驻外协办")));
        mvc.perform(get("/console/outpost/cases/" + elsewhere.getId()).session(desk)).andExpect(status().isNotFound());
        mvc.perform(post("/console/outpost/cases/" + there.getId() + "/actions").session(desk).with(csrf())
                        .param("kind", "RECOVERY").param("text", "追回一部分"))
                .andExpect(flash().attribute("error", containsString("金额")));
        mvc.perform(post("/console/outpost/cases/" + there.getId() + "/actions").session(desk)
                .param("kind", "SITE_VISIT").param("text", "无令牌")).andExpect(status().isForbidden());
        assertThat(cases.actions(there.getId())).isEmpty();
        mvc.perform(post("/console/outpost/cases/" + there.getId() + "/actions").session(desk).with(csrf())
                        .param("kind", "RECOVERY").param("text", "老板付了").param("amountYuan", "2000"))
                .andExpect(flash().attribute("success", containsString("追回欠薪")));
        mvc.perform(post("/console/outpost/cases/" + elsewhere.getId() + "/actions").session(desk).with(csrf())
                .param("kind", "SITE_VISIT").param("text", "越界")).andExpect(status().isNotFound());
        assertThat(cases.actions(there.getId())).hasSize(1);
        assertThat(cases.actions(elsewhere.getId())).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outpost", Long.class);
    }
}
