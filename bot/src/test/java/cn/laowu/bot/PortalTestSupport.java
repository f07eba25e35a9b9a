package cn.laowu.bot;

import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;
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

    protected static long newMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    protected CallbackClient.Response say(String openid, String text) {
        return client().send(CallbackClient.text(ACCOUNT, openid, newMsgId(), text), false);
    }
}
