package cn.laowu.core.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    /** No default on purpose: production must bring its own key, and refuses to start without one. */
    @Bean
    DataKey dataKey(@Value("${" + DataKey.PROPERTY + ":}") String dataKey) {
        return DataKey.parse(dataKey);
    }

    @Bean
    PersonalDataProtector personalDataProtector(DataKey dataKey) {
        return new PersonalDataProtector(dataKey);
    }

    @Bean
    LinkSigner linkSigner(DataKey dataKey) {
        return new LinkSigner(dataKey);
    }
}
