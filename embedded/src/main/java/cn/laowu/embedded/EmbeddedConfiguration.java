package cn.laowu.embedded;

import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** Beans that exist only in the embedded default: demo data and the simulator. */
@Configuration(proxyBeanMethods = false)
@ComponentScan("cn.laowu.embedded")
public class EmbeddedConfiguration {

    /** The fake WeChat API this process started; empty when a real api-host is configured. */
    @Bean
    FakeWeChatApiRef fakeWeChatApi() {
        return new FakeWeChatApiRef(EmbeddedServers.fakeWeChatApi());
    }

    public record FakeWeChatApiRef(Optional<FakeWeChatApi> api) {
    }
}
