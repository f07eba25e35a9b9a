package cn.laowu.core.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * With {@code laowu.datasource.replica.url} set, heavy reads (dashboards, reports, exports: code
 * in a {@code @Transactional(readOnly = true)}) go to a MariaDB/MySQL replica while everything
 * else stays on the primary. The application's one DataSource is then a lazy proxy: a connection
 * is taken only at the first statement, once Spring knows whether the transaction is read-only,
 * and a read-only one gets {@link ReplicaOrPrimary}. Without the property nothing changes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "laowu.datasource.replica.url")
public class ReplicaDataSourceConfiguration {

    @Bean
    ReplicaLag replicaLag(@Value("${laowu.datasource.replica.max-lag:PT5S}") Duration maxLag) {
        return new ReplicaLag(maxLag);
    }

    @Bean
    ReplicaOrPrimary replicaOrPrimary(DataSourceProperties primaryProperties, Environment env, ReplicaLag lag) {
        HikariDataSource primary = primaryProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        primary.setPoolName("primary");
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(env.getRequiredProperty("laowu.datasource.replica.url"));
        replica.setUsername(env.getProperty("laowu.datasource.replica.username", primary.getUsername()));
        replica.setPassword(env.getProperty("laowu.datasource.replica.password", primary.getPassword()));
        replica.setMaximumPoolSize(env.getProperty("laowu.datasource.replica.pool-size", Integer.class, 10));
        replica.setMinimumIdle(1);
        replica.setConnectionTimeout(primary.getConnectionTimeout());
        replica.setDataSourceProperties(primary.getDataSourceProperties());
        replica.setReadOnly(true);
        // Started without waiting for the replica: when it is away, reads go to the primary.
        replica.setInitializationFailTimeout(-1);
        lag.watch(replica);
        return new ReplicaOrPrimary(replica, primary, lag);
    }

    @Bean
    @Primary
    DataSource dataSource(ReplicaOrPrimary routes) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(routes.primary());
        proxy.setReadOnlyDataSource(routes);
        return proxy;
    }
}
