package cn.laowu.core.follower;

import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class FollowerServiceTest {

    @Autowired
    FollowerService followers;

    private final String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);

    @Test
    void keepsTheFirstSceneAcrossUnsubscribeAndResubscribe() {
        followers.subscribed("wxtest", openid, "broker_7");
        followers.unsubscribed("wxtest", openid);
        assertThat(followers.find("wxtest", openid).orElseThrow().getSubscribed()).isFalse();

        Follower again = followers.subscribed("wxtest", openid, "job_9");
        assertThat(again.getSubscribed()).isTrue();
        assertThat(again.getSubscribeScene()).isEqualTo("broker_7");
        assertThat(again.getUnsubscribedAt()).isNotNull();
    }

    @Test
    void aFollowerWithoutSceneGetsTheFirstSceneLater() {
        followers.subscribed("wxtest", openid, null);
        assertThat(followers.subscribed("wxtest", openid, "job_3").getSubscribeScene()).isEqualTo("job_3");
    }

    @Test
    void theSameOpenidUnderAnotherAccountIsAnotherFollower() {
        followers.subscribed("wxone", openid, null);
        followers.unsubscribed("wxtwo", openid);
        assertThat(followers.find("wxone", openid).orElseThrow().getSubscribed()).isTrue();
        assertThat(followers.find("wxtwo", openid).orElseThrow().getSubscribed()).isFalse();
    }

    @Test
    void aFirstMessageRecordsTheFollowerAsSubscribedAndStampedAndARecentStampStays() {
        followers.wrote("wxtest", openid, Duration.ofMinutes(30));
        Follower first = followers.find("wxtest", openid).orElseThrow();
        assertThat(first.getSubscribed()).isTrue();
        assertThat(first.getFirstSubscribedAt()).isNotNull();
        assertThat(first.getLastInboundAt()).isNotNull();

        followers.wrote("wxtest", openid, Duration.ofMinutes(30));
        assertThat(followers.find("wxtest", openid).orElseThrow().getLastInboundAt()).isEqualTo(first.getLastInboundAt());
        // A follower known from a subscription is stamped, not inserted again.
        String subscriber = openid + "s";
        followers.subscribed("wxtest", subscriber, "job_1");
        followers.wrote("wxtest", subscriber, Duration.ofMinutes(30));
        Follower stamped = followers.find("wxtest", subscriber).orElseThrow();
        assertThat(stamped.getLastInboundAt()).isNotNull();
        assertThat(stamped.getSubscribeScene()).isEqualTo("job_1");
    }
}
