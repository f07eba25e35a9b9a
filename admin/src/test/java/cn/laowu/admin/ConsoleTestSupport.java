package cn.laowu.admin;

import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console through HTTP (MockMvc with the real security filter chain and CSRF), against real
 * MariaDB and Redis. Each test gets its own fixture: a 州 with two townships and a user per role.
 */
@SpringBootTest(classes = AdminTestApplication.class)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
public abstract class ConsoleTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected RegionService regions;
    @Autowired
    protected StaffService staff;
    @Autowired
    protected WorkerService workers;

    protected ConsoleFixture fx;

    @BeforeEach
    void fixture() {
        fx = new ConsoleFixture(regions, staff, workers);
    }

    /** Signs in through the real login form (with its CSRF token) and returns the session. */
    protected MockHttpSession login(String shortName) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String location = mvc.perform(post("/console/login").session(session).with(csrf())
                        .param("username", fx.user(shortName)).param("password", ConsoleFixture.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("login of %s", shortName).isEqualTo("/console");
        return session;
    }
}
