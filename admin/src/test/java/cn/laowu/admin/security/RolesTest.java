package cn.laowu.admin.security;

import cn.laowu.admin.ConsoleTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Each role against each part of the console: what it may open, and what it is refused. */
class RolesTest extends ConsoleTestSupport {

    @ParameterizedTest(name = "{0}: dashboard {1}, workers {2}, edit {3}, full export {4}, staff {5}, audit {6}")
    @CsvSource({
            "zhou,    200, 200, 302, 200, 200, 200",
            "county,  200, 200, 302, 200, 200, 200",
            "towna,   200, 200, 302, 403, 403, 403",
            "village, 200, 200, 302, 403, 403, 403",
            "trainer, 200, 403, 403, 403, 403, 403",
            "leader,  200, 200, 403, 403, 403, 403",
    })
    void roleMatrix(String role, int dashboard, int list, int edit, int fullExport, int staffPage, int audit)
            throws Exception {
        MockHttpSession session = login(role);
        assertThat(status(get("/console"), session)).isEqualTo(dashboard);
        assertThat(status(get("/console/workers"), session)).isEqualTo(list);
        assertThat(status(post("/console/workers/" + fx.workerA.getId() + "/confirm").with(csrf()), session))
                .isEqualTo(edit);
        assertThat(status(get("/console/workers/export/full"), session)).isEqualTo(fullExport);
        assertThat(status(get("/console/staff"), session)).isEqualTo(staffPage);
        assertThat(status(get("/console/audit"), session)).isEqualTo(audit);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    @org.junit.jupiter.api.Test
    void aTrainingInstitutionsDashboardLinksNowhereItMayNotGo() throws Exception {
        String page = mvc.perform(get("/console").session(login("trainer"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("href=\"/console/workers");
        assertThat(mvc.perform(get("/console").session(login("county"))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/console/workers?region=");
    }

    @org.junit.jupiter.api.Test
    void eachRolesDashboardShowsTheFiguresOfItsOwnWork() throws Exception {
        String trainer = mvc.perform(get("/console").session(login("trainer"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(trainer).contains("本机构开课").contains("参训人数").contains("结业人数")
                .doesNotContain("受理投诉").doesNotContain("补贴申请额").doesNotContain("建档人数");
        String county = mvc.perform(get("/console").session(login("county"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(county).contains("受理投诉").contains("补贴申请额").contains("建档人数").doesNotContain("本机构开课");
    }
}
