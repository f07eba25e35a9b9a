package cn.laowu.admin.security;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffLogins;
import cn.laowu.core.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LoginTest extends ConsoleTestSupport {

    @Autowired
    StaffLogins logins;

    @Test
    void theConsoleAsksStrangersToSignIn() throws Exception {
        mvc.perform(get("/console/workers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/login"));
        mvc.perform(get("/console/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("工作人员登录")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/login").param("username", fx.user("towna")).param("password", ConsoleFixture.PASSWORD))
                .andExpect(status().isForbidden());
        MockHttpSession session = login("towna");
        mvc.perform(post("/console/workers/" + fx.workerA.getId() + "/confirm").session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/console/login").session(session)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the login form carries its token").isTrue();
        mvc.perform(post("/console/login?_csrf=" + token.group(1)).session(session)
                        .param("username", fx.user("towna")).param("password", ConsoleFixture.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/login").session(session).param("_csrf", token.group(1))
                        .param("username", fx.user("towna")).param("password", ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/console"));
    }

    @Test
    void aFormFromAnExpiredSessionSaysSoInsteadOfBlamingTheRole() throws Exception {
        // The session ended: the browser posts its old token with no session behind it.
        mvc.perform(post("/console/workers/" + fx.workerA.getId() + "/confirm").param("_csrf", "an-old-token"))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/console/expired"));
        // A stale token in a live session (a sign-in in another tab replaced it) reads the same.
        MockHttpSession session = login("towna");
        mvc.perform(post("/console/workers/" + fx.workerA.getId() + "/confirm").session(session).param("_csrf", "stale"))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/console/expired"));
        mvc.perform(get("/console/expired"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录已过期,请重新登录")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("您的角色不能"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-stale=\"true\"")));
        // A refusal by role is still one.
        mvc.perform(get("/console/staff").session(login("village"))).andExpect(forwardedUrl("/console/denied"));
        // htmx is sent to the sign-in page.
        mvc.perform(post("/console/workers/" + fx.workerA.getId() + "/confirm").header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/console/login?error=stale"));
        mvc.perform(get("/console/login").param("error", "stale"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录已过期,请重新登录")));
    }

    @Test
    void signingInAgainReturnsToTheConsolePageOfTheFormButNowhereElse() throws Exception {
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna"))
                        .param("password", ConsoleFixture.PASSWORD).param("next", "/console/broadcasts/new"))
                .andExpect(redirectedUrl("/console/broadcasts/new"));
        for (String elsewhere : List.of("https://evil.example/console/", "//evil.example", "/console/logout",
                "/console/../h5/x", "/console/login?error=x")) {
            mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna"))
                            .param("password", ConsoleFixture.PASSWORD).param("next", elsewhere))
                    .andExpect(redirectedUrl("/console"));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < StaffLogins.MAX_FAILED_LOGINS; i++) {
            mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna")).param("password", "wrong" + i))
                    .andExpect(redirectedUrl("/console/login?error=bad"));
        }
        // Locked: the password is not even compared, and the answer is the same as for a wrong one.
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna"))
                        .param("password", ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/console/login?error=bad"));
        mvc.perform(get("/console/login").param("error", "bad"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("账号会锁定")));
        assertThat(logins.isLocked(staff.findByUsername(fx.user("towna")).orElseThrow())).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        StaffAccount account = staff.findByUsername(fx.user("townb")).orElseThrow();
        staff.setEnabled(new Actor(fx.user("county"), fx.county.getPath(), "127.0.0.1"),
                RegionScope.of(fx.county), account.getId(), false);
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("townb"))
                        .param("password", "a-wrong-one"))
                .andExpect(redirectedUrl("/console/login?error=bad"));
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("townb"))
                        .param("password", ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/console/login?error=disabled"));
    }

    @Test
    void unknownLockedAndDisabledReadTheSameUntilThePasswordIsRight() throws Exception {
        mvc.perform(post("/console/login").with(csrf()).param("username", "nobody_" + fx.tag).param("password", "x"))
                .andExpect(redirectedUrl("/console/login?error=bad"));
        mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna")).param("password", "x"))
                .andExpect(redirectedUrl("/console/login?error=bad"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtTheirNextRequest() throws Exception {
        MockHttpSession session = login("townb");
        MockHttpSession other = login("townb");
        mvc.perform(get("/console/workers").session(session)).andExpect(status().isOk());
        StaffAccount account = staff.findByUsername(fx.user("townb")).orElseThrow();
        staff.setEnabled(new Actor(fx.user("county"), fx.county.getPath(), "127.0.0.1"),
                RegionScope.of(fx.county), account.getId(), false);

        mvc.perform(get("/console/workers").session(session)).andExpect(redirectedUrl("/console/login?error=expired"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(post("/console/workers/" + fx.workerB.getId() + "/confirm").session(other).with(csrf()))
                .andExpect(redirectedUrl("/console/login?error=expired"));
        mvc.perform(get("/console/login").param("error", "expired"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请重新登录")));
    }

    @Test
    void aPasswordResetEndsTheAccountsSessionsButChangingOnesOwnKeepsThatSession() throws Exception {
        MockHttpSession session = login("townb");
        StaffAccount account = staff.findByUsername(fx.user("townb")).orElseThrow();
        staff.resetPassword(new Actor(fx.user("county"), fx.county.getPath(), "127.0.0.1"),
                RegionScope.of(fx.county), account.getId());
        mvc.perform(get("/console/workers").session(session)).andExpect(redirectedUrl("/console/login?error=expired"));

        MockHttpSession mine = login("towna");
        MockHttpSession elsewhere = login("towna");
        mvc.perform(post("/console/password").session(mine).with(csrf()).param("current", ConsoleFixture.PASSWORD)
                .param("replacement", "mine2026ok").param("repeat", "mine2026ok")).andExpect(redirectedUrl("/console"));
        mvc.perform(get("/console/workers").session(mine)).andExpect(status().isOk());
        mvc.perform(get("/console/workers").session(elsewhere)).andExpect(redirectedUrl("/console/login?error=expired"));
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
        MockHttpSession admin = login("county");
        StaffService.IssuedPassword issued = (StaffService.IssuedPassword) mvc.perform(post("/console/staff")
                        .session(admin).with(csrf())
                        .param("username", "new_" + fx.tag).param("displayName", "新人")
                        .param("role", "TOWNSHIP_STAFF").param("regionCode", fx.townshipA.getCode()))
                .andReturn().getFlashMap().get("issued");
        String temporary = issued.temporaryPassword();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/console/login").session(session).with(csrf()).param("username", "new_" + fx.tag)
                .param("password", temporary)).andExpect(redirectedUrl("/console/password"));
        mvc.perform(get("/console/workers").session(session)).andExpect(redirectedUrl("/console/password"));

        mvc.perform(post("/console/password").session(session).with(csrf()).param("current", temporary)
                        .param("replacement", "short").param("repeat", "short"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("至少8位")));
        mvc.perform(post("/console/password").session(session).with(csrf()).param("current", temporary)
                        .param("replacement", "mine2026ok").param("repeat", "mine2026ok"))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(get("/console/workers").session(session)).andExpect(status().isOk());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        MockHttpSession session = login("towna");
        mvc.perform(post("/console/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/console/login?logout"));
        mvc.perform(get("/console").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void fortyParallelGuessesAreAllCountedAndOnlyFivePasswordsAreEverChecked() throws Exception {
        String username = fx.user("towna");
        List<String> outcomes = parallelLogins(username, 40, -1);
        assertThat(outcomes).as("locked or wrong, the same answer").allMatch(o -> o.endsWith("error=bad"));
        StaffAccount account = staff.findByUsername(username).orElseThrow();
        assertThat(account.getFailedLogins()).isEqualTo(40);
        assertThat(logins.isLocked(account)).isTrue();
        mvc.perform(post("/console/login").with(csrf()).param("username", username)
                .param("password", ConsoleFixture.PASSWORD)).andExpect(redirectedUrl("/console/login?error=bad"));
    }

    @Test
    void theRightPasswordAmongFortyParallelGuessesGetsInOnlyBeforeTheThreshold() throws Exception {
        String username = fx.user("towna");
        List<String> outcomes = parallelLogins(username, 40, 17);
        boolean gotIn = outcomes.get(17).equals("/console");
        // Every other attempt reads "wrong" (locked ones included); the right one gets in only before the lock.
        assertThat(outcomes).filteredOn(o -> !o.equals("/console")).allMatch(o -> o.endsWith("error=bad"))
                .hasSize(gotIn ? 39 : 40);
        if (!gotIn) {
            assertThat(logins.isLocked(staff.findByUsername(username).orElseThrow())).isTrue();
        }
    }

    /** Logins fired at once; the one at {@code rightAt} carries the right password. Returns each redirect. */
    private List<String> parallelLogins(String username, int count, int rightAt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String password = i == rightAt ? ConsoleFixture.PASSWORD : "wrong" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/console/login").with(csrf()).param("username", username)
                            .param("password", password)).andReturn().getResponse().getRedirectedUrl();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
