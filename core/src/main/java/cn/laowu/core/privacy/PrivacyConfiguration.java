package cn.laowu.core.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    /** No default on purpose: production must bring its own key, and refuses to start without one. */
    @Bean
    PersonalDataProtector personalDataProtector(@Value("${" + DataKey.PROPERTY + ":}") String dataKey) {
        return new PersonalDataProtector(DataKey.parse(dataKey));
    }
}
