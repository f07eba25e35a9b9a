package cn.laowu.bot.account;

import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;

import java.util.concurrent.TimeUnit;

/**
 * The HTTP client WxJava calls WeChat with. WxJava's default allows 10 connections to a host, so
 * more sender threads than that queued for a connection (and its 3-second wait could fail a send
 * that WeChat never saw). Here every sender thread and message handler can have its own; with
 * WxJava's timeouts and without retries (the outbox retries, from the database). One client is
 * shared by all accounts: they all call the same host.
 */
final class WeChatHttpClient implements ApacheHttpClientBuilder {

    private final int connections;
    private String proxyHost;
    private int proxyPort;
    private String proxyUsername;
    private String proxyPassword;
    private SSLConnectionSocketFactory sslSocketFactory;
    private ConnectionKeepAliveStrategy keepAlive;
    private CloseableHttpClient client;

    WeChatHttpClient(int connections) {
        this.connections = connections;
    }

    @Override
    public synchronized CloseableHttpClient build() {
        if (client == null) {
            HttpClientBuilder builder = HttpClients.custom()
                    .setMaxConnPerRoute(connections)
                    .setMaxConnTotal(connections * 2)
                    .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(5_000).setSocketTimeout(5_000)
                            .setConnectionRequestTimeout(3_000).build())
                    .disableAutomaticRetries()
                    .evictExpiredConnections()
                    .evictIdleConnections(60, TimeUnit.SECONDS);
            if (sslSocketFactory != null) {
                builder.setSSLSocketFactory(sslSocketFactory);
            }
            if (keepAlive != null) {
                builder.setKeepAliveStrategy(keepAlive);
            }
            if (proxyHost != null && !proxyHost.isBlank() && proxyPort > 0) {
                builder.setProxy(new HttpHost(proxyHost, proxyPort));
                if (proxyUsername != null && !proxyUsername.isBlank()) {
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    credentials.setCredentials(new AuthScope(proxyHost, proxyPort),
                            new UsernamePasswordCredentials(proxyUsername, proxyPassword));
                    builder.setDefaultCredentialsProvider(credentials);
                }
            }
            client = builder.build();
        }
        return client;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyHost(String host) {
        proxyHost = host;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int port) {
        proxyPort = port;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String username) {
        proxyUsername = username;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String password) {
        proxyPassword = password;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        // Retries stay off: a retried POST could send a message twice.
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
        keepAlive = strategy;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
        sslSocketFactory = factory;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] supportedProtocols) {
        // The JDK's defaults (TLS 1.2 and 1.3), which is what WeChat's API speaks.
        return this;
    }
}
