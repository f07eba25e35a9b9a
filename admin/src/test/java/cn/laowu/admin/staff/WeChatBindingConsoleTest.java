package cn.laowu.admin.staff;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.staff.StaffWeChat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 绑定微信 through the real security chain: a one-time QR shown once, binding, unbinding, CSRF. */
@TestPropertySource(properties = "laowu.wechat.accounts[0].appid=" + WeChatBindingConsoleTest.APPID)
class WeChatBindingConsoleTest extends ConsoleTestSupport {

    static final String APPID = "wxtest0000000001";

    @Autowired
    StaffWeChat staffWeChat;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStaffMemberGetsAOneTimeCodeBindsAndUnbinds() throws Exception {
        MockHttpSession me = login("county");
        long id = staff.findByUsername(fx.user("county")).orElseThrow().getId();
        mvc.perform(get("/console/wechat").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("生成绑定二维码")))
                .andExpect(content().string(not(containsString("id=\"staff-code\""))));
        mvc.perform(post("/console/wechat/code").session(me)).andExpect(status().isForbidden());

        String scene = (String) mvc.perform(post("/console/wechat/code").session(me).with(csrf()))
                .andExpect(redirectedUrl("/console/wechat")).andReturn().getFlashMap().get("scene");
        assertThat(scene).matches("staff:[0-9A-Za-z]{24}");
        mvc.perform(get("/console/wechat").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"staff-code\"")))
                .andExpect(content().string(containsString("src=\"/wx/qrcode/" + APPID + "?scene=staff%3A"
                        + scene.substring(6) + "&amp;sig=")));
        // Shown once.
        mvc.perform(get("/console/wechat").session(me)).andExpect(content().string(not(containsString(scene.substring(6)))));

        assertThat(staffWeChat.bind(APPID, "o-staff-" + fx.tag, scene)).isPresent();
        assertThat(staffWeChat.bind(APPID, "o-other-" + fx.tag, scene)).isEmpty();
        mvc.perform(get("/console/wechat").session(me)).andExpect(content().string(containsString("您已绑定微信")));

        mvc.perform(post("/console/wechat/unbind").session(me)).andExpect(status().isForbidden());
        assertThat(staffWeChat.isBound(id)).isTrue();
        mvc.perform(post("/console/wechat/unbind").session(me).with(csrf())).andExpect(redirectedUrl("/console/wechat"));
        assertThat(staffWeChat.isBound(id)).isFalse();
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = 'staff' AND entity_id = ? ORDER BY id",
                String.class, String.valueOf(id)))
                .containsSubsequence("ISSUE_STAFF_WECHAT_CODE", "BIND_STAFF_WECHAT", "UNBIND_STAFF_WECHAT");
    }
}
