package cn.laowu.bot;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.devkit.test.TestIdNumbers;
import java.util.concurrent.ThreadLocalRandom;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bot on a real port, against real MariaDB and Redis, with WeChat's API replaced by the
 * fake one; requests are signed XML posted as WeChat's servers post them.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
@Import(TestFlows.class)
public abstract class PortalTestSupport {

    protected static final String APPID = "wxtest0000000001";
    protected static final String TOKEN = "testtoken";
    protected static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    protected static final String ACCOUNT = "gh_test";
    protected static final FakeWeChatApi WECHAT = FakeWeChatApi.start();
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final AtomicInteger REGION_NUMBERS = new AtomicInteger(100);

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void wechatApi(DynamicPropertyRegistry registry) {
        registry.add("laowu.wechat.api-host", WECHAT::baseUrl);
    }

    protected CallbackClient client() {
        return new CallbackClient("http://127.0.0.1:" + port, APPID, TOKEN, AES_KEY);
    }

    protected static String newOpenid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    /**
     * A valid ID number of someone born 1981-2000 (of working age for every demo job), in one of
     * several counties, never one drawn before in this JVM ({@link TestIdNumbers}).
     */
    protected static ChineseIdNumber randomIdNumber() {
        String[] counties = {"433101", "433122", "433123", "433124", "433125", "433126", "433127", "433130"};
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return idNumber(TestIdNumbers.first17(counties[r.nextInt(counties.length)], 1981 + r.nextInt(20)));
    }

    /** A valid ID number of someone of 433101 born in {@code year}, never one drawn before in this JVM. */
    protected static ChineseIdNumber idNumberBornIn(int year) {
        return idNumber(TestIdNumbers.first17("433101", year));
    }

    private static ChineseIdNumber idNumber(String first17) {
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
    }

    /**
     * A number for a test's own region tree ("7" + n + "00" …), unique in this JVM: the bot's test
     * classes share one database, and random numbers per class collided.
     */
    protected static int nextRegionNumber() {
        int n = REGION_NUMBERS.getAndIncrement();
        if (n == 331) {
            n = REGION_NUMBERS.getAndIncrement(); // "4" + 331 + "00" is the seeded 湘西州
        }
        if (n > 999) {
            throw new IllegalStateException("more test regions than three digits allow");
        }
        return n;
    }

    /**
     * Settings for a context whose Redis a test stops and starts (on {@code port}): short
     * timeouts, and no outbox sender, which would claim other tests' deliveries from the shared
     * database and, without Redis, hold them for a lease.
     */
    protected static MapPropertySource redisTheTestControls(int port) {
        return new MapPropertySource("redisTheTestControls", Map.of("spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", port, "spring.data.redis.timeout", "500ms",
                "spring.data.redis.connect-timeout", "500ms", "laowu.wechat.outbox.enabled", "false"));
    }

    protected static long newMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    protected CallbackClient.Response say(String openid, String text) {
        return client().send(CallbackClient.text(ACCOUNT, openid, newMsgId(), text), false);
    }

    /** A photo sent in the chat; the fake WeChat API hands back media {@code media-<msgId>}. */
    protected CallbackClient.Response image(String openid, long msgId) {
        return client().send(CallbackClient.image(ACCOUNT, openid, msgId), false);
    }
}
