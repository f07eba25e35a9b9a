package cn.laowu.admin.security;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The database is away while someone signs in: they are told so, not that their password is wrong. */
class LoginDuringDatabaseOutageTest extends ConsoleTestSupport {

    /** The account lookup is where a login meets the database first; here the connection fails as it does when MariaDB is down. */
    @MockitoBean
    StaffUserDetailsService users;

    @Test
    void aCorrectLoginDuringAnOutageIsToldTheSystemIsUnavailableAndNothingIsCounted() throws Exception {
        given(users.loadUserByUsername(anyString())).willThrow(new CannotGetJdbcConnectionException("Connection refused"));
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna"))
                        .param("password", ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/console/login?error=unavailable"));
        mvc.perform(get("/console/login").param("error", "unavailable"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("系统暂时不可用,请稍后再试")));
        assertThat(staff.findByUsername(fx.user("towna")).orElseThrow().getFailedLogins())
                .as("no lock-out counting").isZero();
    }
}
