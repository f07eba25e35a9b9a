package cn.laowu.core.broker;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class BrokerServiceTest {

    @Autowired
    BrokerService brokers;
    @Autowired
    RegionService regions;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBindingCodeWorksOnceAndOnlyBeforeItExpires() {
        TestRegions.Chain chain = TestRegions.create(regions);
        RegionScope scope = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", scope.path(), null);
        Broker broker = brokers.create(clerk, scope, "石经纪", "个人经纪人备案 2026-001", chain.township().getCode());
        BindingToken code = brokers.issueBindingToken(clerk, scope, broker.getId());
        String openid = openid();
        assertThat(brokers.bind("wxa", openid, code.getToken())).map(Broker::getId).hasValue(broker.getId());
        assertThat(brokers.bind("wxa", openid(), code.getToken())).isEmpty();
        assertThat(brokers.boundTo("wxa", openid)).map(Broker::getName).hasValue("石经纪");

        BindingToken expired = brokers.issueBindingToken(clerk, scope, broker.getId());
        jdbc.update("UPDATE broker_binding_token SET expires_at = ? WHERE token = ?",
                java.time.LocalDateTime.now().minusHours(1), expired.getToken());
        assertThat(brokers.bind("wxa", openid(), expired.getToken())).isEmpty();
        assertThat(brokers.bind("wxa", openid(), "NoSuchTokenAtAll12345678")).isEmpty();
    }

    @Test
    void firstTouchWinsWithinTheWindowThenTheNextBrokerMayTakeOver() {
        TestRegions.Chain chain = TestRegions.create(regions);
        RegionScope scope = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", scope.path(), null);
        Broker first = brokers.create(clerk, scope, "甲经纪", "备案", chain.county().getCode());
        Broker second = brokers.create(clerk, scope, "乙经纪", "备案", chain.county().getCode());
        String openid = openid();
        assertThat(brokers.attribute("wxa", openid, first.getId())).isTrue();
        assertThat(brokers.attribute("wxa", openid, second.getId())).isFalse();
        assertThat(brokers.currentBroker("wxa", openid)).hasValue(first.getId());

        jdbc.update("UPDATE wx_follower SET broker_attributed_at = ? WHERE appid = 'wxa' AND openid = ?",
                java.time.LocalDateTime.now().minusDays(200), openid);
        assertThat(brokers.currentBroker("wxa", openid)).isEmpty();
        assertThat(brokers.attribute("wxa", openid, second.getId())).isTrue();
        assertThat(brokers.currentBroker("wxa", openid)).hasValue(second.getId());
    }

    @Test
    void aDisabledBrokerCreditsNobodyAndLetsTheNextBrokerTakeOver() {
        TestRegions.Chain chain = TestRegions.create(regions);
        RegionScope scope = RegionScope.of(chain.county());
        Actor clerk = new Actor("clerk", scope.path(), null);
        Broker first = brokers.create(clerk, scope, "丙经纪", "备案", chain.county().getCode());
        Broker second = brokers.create(clerk, scope, "丁经纪", "备案", chain.county().getCode());
        String openid = openid();
        assertThat(brokers.attribute("wxa", openid, first.getId())).isTrue();

        assertThatThrownBy(() -> brokers.setEnabled(clerk, scope, first.getId(), false, " ")).hasMessageContaining("原因");
        TestRegions.Chain other = TestRegions.create(regions);
        assertThatThrownBy(() -> brokers.setEnabled(clerk, RegionScope.of(other.county()), first.getId(), false, "虚假招聘"))
                .isInstanceOf(cn.laowu.core.support.NotFoundInScope.class);
        assertThat(brokers.setEnabled(clerk, scope, first.getId(), false, "虚假招聘").getEnabled()).isFalse();
        assertThat(brokers.currentBroker("wxa", openid)).isEmpty();
        assertThat(brokers.attribute("wxa", openid(), first.getId())).isFalse();
        BindingToken code = brokers.issueBindingToken(clerk, scope, first.getId());
        assertThat(brokers.bind("wxa", openid(), code.getToken())).isEmpty();
        assertThat(brokers.attribute("wxa", openid, second.getId())).isTrue();
        assertThat(brokers.currentBroker("wxa", openid)).hasValue(second.getId());
        assertThat(jdbc.queryForObject("SELECT after_data FROM audit_log WHERE action = 'DISABLE' AND entity_id = ?",
                String.class, String.valueOf(first.getId()))).contains("虚假招聘");

        assertThat(brokers.setEnabled(clerk, scope, first.getId(), true, null).getEnabled()).isTrue();
    }

    @Test
    void brokersAreRegisteredInsideTheScopeWithTheirQualification() {
        TestRegions.Chain mine = TestRegions.create(regions);
        TestRegions.Chain other = TestRegions.create(regions);
        RegionScope scope = RegionScope.of(mine.county());
        Actor clerk = new Actor("clerk", scope.path(), null);
        assertThatThrownBy(() -> brokers.create(clerk, scope, "越界", "备案", other.county().getCode()))
                .hasMessageContaining("本辖区");
        assertThatThrownBy(() -> brokers.create(clerk, scope, "无资质", " ", mine.county().getCode()))
                .hasMessageContaining("资质");
    }

    @Test
    void scenesRoundTripAndRejectAnythingElse() {
        assertThat(Scene.parse(Scene.jobShare(12, 7))).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Scene.Kind.JOB_SHARE);
            assertThat(s.jobId()).isEqualTo(12);
            assertThat(s.brokerId()).isEqualTo(7);
        });
        assertThat(Scene.parse(Scene.broker(7))).map(Scene::brokerId).hasValue(7L);
        assertThat(Scene.parse("b:x")).isEmpty();
        assertThat(Scene.parse("j:1:b:")).isEmpty();
        assertThat(Scene.parse("bind:short")).isEmpty();
        assertThat(Scene.parse(Scene.jobShare(Long.MAX_VALUE, Long.MAX_VALUE)).orElseThrow().toString()).isNotEmpty();
        assertThat(Scene.jobShare(Long.MAX_VALUE, Long.MAX_VALUE).length()).isLessThanOrEqualTo(64);
    }

    private static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }
}
