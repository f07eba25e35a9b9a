package cn.laowu.admin.layout;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.staff.StaffAccount;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The actor a console action gets, and what a refused action answers, declared once for every controller. */
class RefusalAndActorTest extends ConsoleTestSupport {

    @Test
    void anActionGetsTheSignedInStaffAndTheirAddressAsItsActor() throws Exception {
        MockHttpSession county = login("county");
        String actor = mvc.perform(post("/console/test-only/actor").session(county).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.1.2.3");
                    return request;
                })).andReturn().getResponse().getContentAsString();
        assertThat(actor).isEqualTo(fx.user("county") + "|" + fx.county.getPath() + "|10.1.2.3");
    }

    @Test
    void withoutSigningInThereIsNoActorButTheLoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/console/test-only/actor").with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).doesNotContain("|");
        assertThat(response.getRedirectedUrl()).endsWith("/console/login");
    }

    @Test
    void aRefusalGoesBackToTheDeclaredPageWithItsMessage() throws Exception {
        MvcResult result = mvc.perform(post("/console/test-only/refused/7").param("year", "2026")
                .session(login("county")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/test-only/page/7?year=2026#part");
        assertThat(result.getFlashMap().get("error")).isEqualTo("这一步不允许。");
    }

    @Test
    void aRefusalWithoutADeclaredPageIsTheChinese400Page() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/console/test-only/refused").session(login("county"))
                .with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("这一步不允许。", "退出");
    }

    @Test
    void aConvertedActionStillNeedsItsCsrfToken() throws Exception {
        MockHttpSession county = login("county");
        StaffAccount towna = staff.findByUsername(fx.user("towna")).orElseThrow();
        MockHttpServletResponse response = mvc.perform(post("/console/staff/" + towna.getId() + "/enabled")
                .param("enabled", "false").session(county)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(staff.findByUsername(fx.user("towna")).orElseThrow().getEnabled()).isTrue();
    }

    @Test
    void aConvertedActionStillRefusesWhatIsOutOfScope() throws Exception {
        ConsoleFixture other = new ConsoleFixture(regions, staff, workers);
        MockHttpSession county = login("county");
        StaffAccount theirs = staff.findByUsername(other.user("towna")).orElseThrow();
        MockHttpServletResponse disable = mvc.perform(post("/console/staff/" + theirs.getId() + "/enabled")
                .param("enabled", "false").session(county).with(csrf())).andReturn().getResponse();
        assertThat(disable.getStatus()).isEqualTo(404);
        assertThat(staff.findByUsername(other.user("towna")).orElseThrow().getEnabled()).isTrue();

        MvcResult create = mvc.perform(post("/console/staff").session(county).with(csrf())
                .param("username", "out_" + fx.tag).param("displayName", "外县")
                .param("role", "TOWNSHIP_STAFF").param("regionCode", other.townshipA.getCode())).andReturn();
        assertThat(create.getResponse().getRedirectedUrl()).isEqualTo("/console/staff");
        assertThat(create.getFlashMap().get("error")).isEqualTo("只能在本辖区内建账号。");
        assertThat(staff.findByUsername("out_" + fx.tag)).isEmpty();
    }
}
