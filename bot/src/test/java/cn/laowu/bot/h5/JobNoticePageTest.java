package cn.laowu.bot.h5;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.broadcast.NoticeOptIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The H5 page a worker opens from chat to subscribe to job notices or stop them, and what a forged link gets. */
class JobNoticePageTest extends PortalTestSupport {

    @Autowired
    NoticeOptIns optIns;
    @Autowired
    JobNoticeLinks links;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void subscribingInChatSendsASignedLinkToWeChatsSubscribeButton() throws Exception {
        String openid = newOpenid();
        String reply = say(openid, "订阅").content();
        assertThat(reply).contains("推送给您").contains("https://laowu.test/h5/job-notices/" + APPID + "?o=" + openid + "&sig=");
        String path = reply.substring(reply.indexOf("/h5/job-notices/")).strip();

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<wx-open-subscribe template=\"test-job-template\"")
                .contains("data-signature=\"").contains("jweixin-1.6.0.js").contains("不再接收推送")
                .doesNotContain("还不能订阅");
        assertThat(WECHAT.callsTo("/ticket/getticket")).isNotEmpty();
    }

    /** Issue 23 item 13: an account without a job-notice template (as shipped) says plainly what the worker gets. */
    @Test
    void withoutAJobNoticeTemplateThePageSaysHowNoticesComeInstead() throws Exception {
        String path = links.signedPath("wxb11529c136998cb6", newOpenid());
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("wx-open-subscribe").contains("还不能订阅岗位推荐")
                .contains("48小时内").contains("回复一句 找工作").contains("每月最多4次").contains("不再接收推送");
    }

    @Test
    void theSwitchStopsBroadcastsOnlyWithTheSignatureOfThatFollower() throws Exception {
        String openid = newOpenid();
        String reply = say(openid, "订阅").content();
        String sig = reply.substring(reply.indexOf("&sig=") + 5).strip();
        String other = newOpenid();

        assertThat(post("/h5/job-notices/" + APPID + "?o=" + other, "sig=" + sig + "&want=false").statusCode())
                .as("another follower's link").isEqualTo(403);
        assertThat(optIns.explicitlyRefused(APPID, other, NoticeOptIns.ALL)).isFalse();
        assertThat(get("/h5/job-notices/" + APPID + "?o=" + openid + "&sig=forged").statusCode()).isEqualTo(403);
        assertThat(get("/h5/job-notices/" + APPID + "?o=" + openid + "&sig=forged").body()).contains("链接不对");
        assertThat(get("/h5/job-notices/wxunknown0000001?o=" + openid + "&sig=" + sig).statusCode()).isEqualTo(404);

        HttpResponse<String> saved = post("/h5/job-notices/" + APPID + "?o=" + openid, "sig=" + sig + "&want=false");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(optIns.explicitlyRefused(APPID, openid, NoticeOptIns.ALL)).isTrue();
        String after = saved.headers().firstValue("Location").orElseThrow();
        assertThat(get(after).body()).contains("已保存").contains("现在:不接收推送").contains("恢复接收推送");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
