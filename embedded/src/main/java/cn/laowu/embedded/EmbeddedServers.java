package cn.laowu.embedded;

import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.servers.EmbeddedMariaDb;
import cn.laowu.devkit.servers.EmbeddedRedis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The in-process servers of the embedded default, started before the application context and
 * stopped (in reverse order) when the JVM exits, whether by Ctrl-C or by a failed start.
 */
final class EmbeddedServers {

    private static final Deque<AutoCloseable> running = new ArrayDeque<>();
    private static FakeWeChatApi fakeWeChatApi;
    private static boolean hookInstalled;

    private EmbeddedServers() {
    }

    static synchronized EmbeddedMariaDb register(EmbeddedMariaDb db) {
        return track(db);
    }

    static synchronized EmbeddedRedis register(EmbeddedRedis redis) {
        return track(redis);
    }

    static synchronized FakeWeChatApi register(FakeWeChatApi api) {
        fakeWeChatApi = track(api);
        return api;
    }

    static synchronized Optional<FakeWeChatApi> fakeWeChatApi() {
        return Optional.ofNullable(fakeWeChatApi);
    }

    static synchronized void stopAll() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("Embedded server did not stop cleanly: " + e.getMessage());
            }
        }
        fakeWeChatApi = null;
    }

    private static <T extends AutoCloseable> T track(T server) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopAll, "stop-embedded-servers"));
            hookInstalled = true;
        }
        running.push(server);
        return server;
    }
}
