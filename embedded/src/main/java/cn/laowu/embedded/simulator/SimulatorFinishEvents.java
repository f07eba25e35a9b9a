package cn.laowu.embedded.simulator;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.embedded.EmbeddedConfiguration.FakeWeChatApiRef;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Points the fake WeChat API's finish events (TEMPLATESENDJOBFINISH, MASSSENDJOBFINISH) at this
 * process's callback, so the embedded default closes deliveries the way production does. Done
 * once the server runs, because only then is its port known (it may be chosen at random).
 */
@Component
class SimulatorFinishEvents {

    private final WeChatAccounts accounts;
    private final FakeWeChatApiRef fakeApi;
    private final Environment environment;

    SimulatorFinishEvents(WeChatAccounts accounts, FakeWeChatApiRef fakeApi, Environment environment) {
        this.accounts = accounts;
        this.fakeApi = fakeApi;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void pointFinishEventsAtTheCallback() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        fakeApi.api().ifPresent(api -> {
            for (WeChatAccount account : accounts.all()) {
                api.sendFinishEventsTo("http://127.0.0.1:" + port, account.appid(), account.config().token());
            }
        });
    }
}
