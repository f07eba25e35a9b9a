package cn.laowu.admin.broadcast;

import cn.laowu.admin.ConsoleTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 23 item 13: the 推送通知 pages name the accounts without a job-notice template and say what
 * that means and what to configure; an account with one is not named.
 */
@TestPropertySource(properties = {
        "laowu.wechat.accounts[0].appid=wxsetup000000001", "laowu.wechat.accounts[0].name=有模板号",
        "laowu.wechat.accounts[0].job-notice.id=tmpl-jobs",
        "laowu.wechat.accounts[1].appid=wxsetup000000002", "laowu.wechat.accounts[1].name=无模板号"})
class BroadcastSetupConsoleTest extends ConsoleTestSupport {

    @Test
    void theComposeAndListPagesSayWhichAccountsLackTheJobNoticeTemplate() throws Exception {
        MockHttpSession county = login("county");
        for (String page : new String[]{"/console/broadcasts", "/console/broadcasts/new"}) {
            mvc.perform(get(page).session(county)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"no-job-notice\""),
                            containsString("<b>无模板号</b>"), containsString("48小时内"),
                            containsString("laowu.wechat.accounts[].job-notice"), not(containsString("有模板号")))));
        }
    }
}
