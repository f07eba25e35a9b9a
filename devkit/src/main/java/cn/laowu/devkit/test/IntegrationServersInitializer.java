package cn.laowu.devkit.test;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at {@link IntegrationServers}. Use with
 * {@code @ContextConfiguration(initializers = IntegrationServersInitializer.class)}. It runs first,
 * so a test's own initializer can point one setting elsewhere (Redis on a port of its own, say).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class IntegrationServersInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("integrationServers", IntegrationServers.get().springProperties()));
    }
}
