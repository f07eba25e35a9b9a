package cn.laowu.bot.h5;

import cn.laowu.core.allowance.NoticeNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** 公示异议 inside WeChat: the silent OAuth says who objects; once per person per claim; CSRF; the claim marked, not removed. */
class ObjectionPageTest extends JobPageTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeNumbers numbers;

    @Test
    void aFollowerObjectsOnceThroughOAuthAndTheClaimIsMarkedNotRemoved() throws Exception {
        long claim = publicisedClaim();
        String path = "/h5/objection/" + county.getCode();
        Phone phone = new Phone(WECHAT_UA);
        long codesBefore = WECHAT.oauthCodesIssued();
        HttpResponse<String> form = phone.openApply(path, newOpenid());
        assertThat(WECHAT.oauthCodesIssued()).as("the reader known through WeChat's OAuth").isEqualTo(codesBefore + 1);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("提出异议").contains("name=\"number\"").contains("举报电话:0743-8123456")
                .doesNotContain("name=\"phone\"");
        String csrf = csrfOf(form.body());

        String objection = "number=" + numbers.of(claim) + "&text=" + URLEncoder.encode("此人一直在家,没有外出务工", StandardCharsets.UTF_8);
        assertThat(new Phone(WECHAT_UA).post(path, objection + "&csrf=" + csrf).statusCode()).as("no cookie").isEqualTo(403);
        assertThat(phone.post(path, objection).statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> done = phone.post(path, objection + "&csrf=" + csrf);
        assertThat(done.body()).contains("已收到您的异议").contains("有异议,核查中");
        HttpResponse<String> again = phone.post(path, objection + "&csrf=" + csrf);
        assertThat(again.body()).contains("已经对这一条提过异议");

        assertThat(jdbc.queryForObject("SELECT status FROM allowance_claim WHERE id = ?", String.class, claim)).isEqualTo("OBJECTED");
        assertThat(jdbc.queryForList("SELECT CONCAT(objector_kind, '/', channel, '/', COALESCE(contact_phone, '-'))"
                + " FROM allowance_objection WHERE claim_id = ?", String.class, claim)).containsExactly("FOLLOWER/PAGE/-");
    }

    private long publicisedClaim() {
        String openid = registeredFollower("异议对象");
        long workerId = followers.find(APPID, openid).orElseThrow().getWorkerId();
        jdbc.update("INSERT INTO allowance_claim (policy_id, claimant_type, claimant_id, worker_id, event_key, region_path,"
                + " amount_fen, origin, status, county_by, county_at, notice_until, created_at, updated_at)"
                + " SELECT id, 'WORKER', ?, ?, 'objection-page', ?, 40000, 'WORKER', 'PUBLICISED', 'county',"
                + " UTC_TIMESTAMP(), CURRENT_DATE + INTERVAL 7 DAY, UTC_TIMESTAMP(), UTC_TIMESTAMP()"
                + " FROM allowance_policy WHERE code = 'TRANSPORT' ORDER BY id LIMIT 1", workerId, workerId, village.getPath());
        return jdbc.queryForObject("SELECT id FROM allowance_claim WHERE worker_id = ?", Long.class, workerId);
    }
}
