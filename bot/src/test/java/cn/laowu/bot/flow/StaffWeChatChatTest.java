package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.progress.DispatchTaken;
import cn.laowu.core.progress.Snapshot;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.staff.StaffWeChat;
import cn.laowu.core.target.TargetService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: a staff member binds their WeChat with the console's one-time code and gets the month's 调度 of their unit, once. */
class StaffWeChatChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    StaffService staffAccounts;
    @Autowired
    StaffWeChat staffWeChat;
    @Autowired
    TargetService targets;
    @Autowired
    DispatchSnapshots snapshots;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoundStaffMemberGetsTheMonthlySummaryOfTheirUnitOnce() {
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        Region prefecture = regions.create(p, "调度州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "调度县" + n, p, 0);
        StaffAccount clerk = staffAccounts.bootstrap("ddclerk" + n, "向干事", StaffRole.COUNTY_ADMIN, county.getCode(),
                "Secret1234x", false);
        Actor me = new Actor(clerk.getUsername(), county.getPath(), null);
        String openid = newOpenid();

        String scene = staffWeChat.issue(me, clerk.getId());
        assertThat(scene).startsWith("staff:");
        assertThat(scan(openid, "subscribe", "qrscene_" + scene).content()).contains("绑定成功").contains("向干事");
        assertThat(scan(newOpenid(), "SCAN", scene).content()).contains("用过或过期");
        assertThat(staffWeChat.isBound(clerk.getId())).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'BIND_STAFF_WECHAT' AND entity_id = ?",
                Long.class, String.valueOf(clerk.getId()))).isEqualTo(1);

        // An expired code binds nobody.
        StaffAccount other = staffAccounts.bootstrap("ddother" + n, "田干事", StaffRole.COUNTY_ADMIN, county.getCode(),
                "Secret1234x", false);
        String stale = staffWeChat.issue(me, other.getId());
        jdbc.update("UPDATE staff_wechat_token SET expires_at = expires_at - INTERVAL 11 MINUTE WHERE token = ?",
                stale.substring(6));
        assertThat(scan(newOpenid(), "SCAN", stale).content()).contains("用过或过期");
        assertThat(staffWeChat.isBound(other.getId())).isFalse();

        targets.set(new Actor("zhou", prefecture.getPath(), null), RegionScope.of(prefecture), 2021, county.getCode(),
                Map.of("TRANSFER", "10"), null);
        Snapshot snapshot = snapshots.take(new Actor("system", "", null), 2021, 6);

        RecordedCall sent = WECHAT.awaitCall(call -> call.body().contains(openid) && call.body().contains("调度县" + n),
                Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the bound staff member got no summary"));
        // Scanning opens no chat window: it goes as a service notice (template message).
        assertThat(sent.isTo("/message/template/send")).isTrue();
        assertThat(sent.body()).contains("调度县" + n + "6月调度").contains("滞后").contains("时间进度")
                .contains("转移就业人数");
        String sheet = outbox.ofSource("dispatch:" + snapshot.id() + ":staff:" + clerk.getId()).get(0).getBody();
        assertThat(sheet).contains("2021年6月调度").contains("转移就业人数 0,完成0.0% 【滞后】");

        // Told once: the same snapshot's summaries again queue nothing new.
        transactions.executeWithoutResult(s -> events.publishEvent(new DispatchTaken(snapshot, snapshots)));
        assertThat(outbox.ofSource("dispatch:" + snapshot.id() + ":staff:" + clerk.getId())).hasSize(1);
        assertThat(WECHAT.calls().stream().filter(c -> c.body().contains(openid) && c.body().contains("调度县" + n)))
                .hasSize(1);

        assertThat(staffWeChat.unbind(me, clerk.getId())).isTrue();
        assertThat(staffWeChat.bound()).noneMatch(b -> b.staffId() == clerk.getId());
    }

    private CallbackClient.Response scan(String openid, String event, String key) {
        return client().send(CallbackClient.event(ACCOUNT, openid, Instant.now().getEpochSecond(), event, key), false);
    }
}
