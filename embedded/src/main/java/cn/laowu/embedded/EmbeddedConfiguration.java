package cn.laowu.embedded;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Beans that exist only in the embedded default, such as the demo data. */
@Configuration(proxyBeanMethods = false)
@ComponentScan("cn.laowu.embedded")
public class EmbeddedConfiguration {
}
