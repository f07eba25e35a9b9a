package cn.laowu.admin.staff;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditEntry;
import cn.laowu.core.audit.AuditMapper;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StaffConsoleTest extends ConsoleTestSupport {

    @Autowired
    AuditMapper audit;

    @Test
    void aCountyAdminCreatesATownshipAccountWithAOneTimePassword() throws Exception {
        MockHttpSession county = login("county");
        MvcResult result = create(county, "clerk_" + fx.tag, StaffRole.TOWNSHIP_STAFF, fx.townshipB.getCode());
        StaffService.IssuedPassword issued = (StaffService.IssuedPassword) result.getFlashMap().get("issued");
        assertThat(issued.temporaryPassword()).hasSize(11);
        StaffAccount created = staff.findByUsername("clerk_" + fx.tag).orElseThrow();
        assertThat(created.getMustChangePassword()).isTrue();
        assertThat(created.getPasswordHash()).startsWith("$2").doesNotContain(issued.temporaryPassword());
        assertThat(created.getRegionPath()).isEqualTo(fx.townshipB.getPath());
        mvc.perform(get("/console/staff").session(county)).andExpect(content().string(containsString("clerk_" + fx.tag)));
    }

    @Test
    void rolesMustFitTheirLevelAndNobodyCreatesAboveThemselves() throws Exception {
        MockHttpSession county = login("county");
        assertThat(create(county, "boss_" + fx.tag, StaffRole.PREFECTURE_ADMIN, fx.prefecture.getCode())
                .getFlashMap().get("error")).asString().contains("只能在本辖区内");
        assertThat(create(county, "wrong_" + fx.tag, StaffRole.VILLAGE_CLERK, fx.townshipA.getCode())
                .getFlashMap().get("error")).asString().contains("村信息员应建在");
        assertThat(create(county, "BAD NAME", StaffRole.TOWNSHIP_STAFF, fx.townshipA.getCode())
                .getFlashMap().get("error")).asString().contains("用户名");
        assertThat(create(county, fx.user("towna"), StaffRole.TOWNSHIP_STAFF, fx.townshipA.getCode())
                .getFlashMap().get("error")).asString().contains("已被使用");
        assertThat(staff.findByUsername("boss_" + fx.tag)).isEmpty();
        assertThat(staff.findByUsername("wrong_" + fx.tag)).isEmpty();
    }

    @Test
    void resetAndDisableAreAuditedAndTakeEffect() throws Exception {
        MockHttpSession county = login("county");
        StaffAccount target = staff.findByUsername(fx.user("towna")).orElseThrow();
        mvc.perform(post("/console/staff/" + target.getId() + "/reset-password").session(county).with(csrf()));
        assertThat(staff.findByUsername(fx.user("towna")).orElseThrow().getMustChangePassword()).isTrue();
        mvc.perform(post("/console/staff/" + target.getId() + "/enabled").param("enabled", "false")
                .session(county).with(csrf()));
        assertThat(staff.findByUsername(fx.user("towna")).orElseThrow().getEnabled()).isFalse();
        assertThat(audit.selectList(new LambdaQueryWrapper<AuditEntry>().eq(AuditEntry::getEntityType, "staff")
                .eq(AuditEntry::getEntityId, String.valueOf(target.getId()))))
                .extracting(AuditEntry::getAction).contains("RESET_PASSWORD", "DISABLE");
        mvc.perform(get("/console/audit").session(county)).andExpect(content().string(containsString("停用")));
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        MockHttpSession county = login("county");
        StaffAccount me = staff.findByUsername(fx.user("county")).orElseThrow();
        assertThat(mvc.perform(post("/console/staff/" + me.getId() + "/enabled").param("enabled", "false")
                .session(county).with(csrf())).andReturn().getFlashMap().get("error")).asString().contains("自己");
        assertThat(staff.findByUsername(fx.user("county")).orElseThrow().getEnabled()).isTrue();
    }

    @Test
    void theDashboardCountsTheScopeAndSaysWhatIsNotFedYet() throws Exception {
        MockHttpSession a = login("towna");
        String page = mvc.perform(get("/console").session(a)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("建档人数").contains("经组织到县外上岗的人数").contains("\"workers\":1")
                .contains("培训人数").contains("补贴发放额");
        MockHttpSession county = login("county");
        assertThat(mvc.perform(get("/console").session(county)).andReturn().getResponse().getContentAsString())
                .contains(fx.townshipA.getName()).contains(fx.townshipB.getName());
    }

    @Test
    void regionsAreAddedOnlyInsideTheScopeWithOfficialCodes() throws Exception {
        MockHttpSession county = login("county");
        mvc.perform(post("/console/regions").session(county).with(csrf()).param("parentCode", fx.townshipA.getCode())
                .param("code", fx.townshipA.getCode() + "202").param("name", "新村"));
        assertThat(regions.find(fx.townshipA.getCode() + "202")).isPresent();
        assertThat(mvc.perform(post("/console/regions").session(county).with(csrf())
                .param("parentCode", fx.townshipA.getCode()).param("code", "12345").param("name", "坏代码"))
                .andReturn().getFlashMap().get("error")).asString().contains("12位");
        assertThat(mvc.perform(post("/console/regions").session(county).with(csrf())
                .param("parentCode", fx.prefecture.getCode()).param("code", fx.prefecture.getCode().substring(0, 4) + "99")
                .param("name", "越权县")).andReturn().getFlashMap().get("error")).asString().contains("本辖区");
    }

    @Test
    void anOfficePhoneIsSetInsideTheScopeAndABadOneChangesNothing() throws Exception {
        MockHttpSession county = login("county");
        mvc.perform(post("/console/regions/" + fx.townshipA.getCode() + "/phone").session(county).with(csrf())
                .param("phone", "0743-8521234"));
        assertThat(regions.find(fx.townshipA.getCode()).orElseThrow().getOfficePhone()).isEqualTo("0743-8521234");
        mvc.perform(get("/console/regions").session(county)).andExpect(content().string(containsString("0743-8521234")));

        assertThat(mvc.perform(post("/console/regions/" + fx.townshipA.getCode() + "/phone").session(county).with(csrf())
                .param("phone", "打这个电话")).andReturn().getFlashMap().get("error")).asString().contains("数字");
        assertThat(mvc.perform(post("/console/regions/" + fx.prefecture.getCode() + "/phone").session(county).with(csrf())
                .param("phone", "0743-1111111")).andReturn().getFlashMap().get("error")).asString().contains("本辖区");
        mvc.perform(post("/console/regions/" + fx.townshipA.getCode() + "/phone").session(county).param("phone", "110"))
                .andExpect(status().isForbidden());
        assertThat(regions.find(fx.townshipA.getCode()).orElseThrow().getOfficePhone()).isEqualTo("0743-8521234");
        assertThat(regions.find(fx.prefecture.getCode()).orElseThrow().getOfficePhone()).isNotEqualTo("0743-1111111");
    }

    private MvcResult create(MockHttpSession session, String username, StaffRole role, String region) throws Exception {
        return mvc.perform(post("/console/staff").session(session).with(csrf()).param("username", username)
                .param("displayName", "某人").param("role", role.name()).param("regionCode", region)).andReturn();
    }
}
