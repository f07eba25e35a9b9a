package cn.laowu.devkit.fakewechat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK HTTP server the fake answers on: loopback only, on daemon threads. */
final class LoopbackServer {

    private static final int HANDLER_THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;

    LoopbackServer(int port, HttpHandler handler) {
        try {
            // A deep accept backlog: a benchmark opens many connections at once at thousands of calls a second.
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        } catch (IOException e) {
            throw new IllegalStateException("Fake WeChat API did not start: " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fake-wechat-api");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
