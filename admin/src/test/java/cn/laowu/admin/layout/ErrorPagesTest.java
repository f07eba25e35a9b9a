package cn.laowu.admin.layout;

import cn.laowu.admin.ConsoleTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Errors in the console are Chinese pages in its layout, never Spring's Whitelabel page or a stack trace. */
class ErrorPagesTest extends ConsoleTestSupport {

    @Test
    void anUnknownConsoleAddressIsAChinese404InTheLayout() throws Exception {
        MockHttpServletResponse response = page(get("/console/nonexistent"), login("county"));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("找不到这个页面", "回工作台", "退出", "岗位与报名")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aRecordAddressThatIsNotANumberIsA404AndABadQueryParameterA400() throws Exception {
        MockHttpSession county = login("county");
        MockHttpServletResponse job = page(get("/console/jobs/abc"), county);
        assertThat(job.getStatus()).isEqualTo(404);
        assertThat(job.getContentAsString()).contains("找不到这个页面", "退出").doesNotContain("Whitelabel", "NumberFormat");

        MockHttpServletResponse audit = page(get("/console/audit").param("page", "abc"), county);
        assertThat(audit.getStatus()).isEqualTo(400);
        assertThat(audit.getContentAsString()).contains("这个请求有误", "退出").doesNotContain("Whitelabel", "NumberFormat");
    }

    @Test
    void aFaultOfOursIsA500ThatShowsNoDetail() throws Exception {
        MockHttpServletResponse response = page(get("/console/test-only/fault"), login("county"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("系统出了点问题", "退出")
                .doesNotContain("secret internal detail", "IllegalStateException", "at cn.laowu", "Whitelabel");
    }

    @Test
    void aRoleWithoutTheRightGetsTheChinese403InTheLayout() throws Exception {
        MockHttpSession trainer = login("trainer");
        MockHttpServletResponse response = page(get("/console/workers"), trainer);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getForwardedUrl()).isEqualTo("/console/denied");
        MockHttpServletResponse denied = page(get("/console/denied"), trainer);
        assertThat(denied.getContentAsString()).contains("您的角色不能使用这个功能", "退出");
    }

    @Test
    void askingForTheErrorEndpointDirectlyIsNotAServerFault() throws Exception {
        MockHttpServletResponse html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(404);
        assertThat(html.getContentAsString()).contains("找不到这个页面").doesNotContain("Whitelabel");
        assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }
}
