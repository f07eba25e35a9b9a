package cn.laowu.devkit.servers;

import redis.embedded.RedisServer;

import java.io.IOException;

/** A real Redis server (embedded-redis) on a free loopback port, keeping nothing on disk. */
public final class EmbeddedRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start() {
        return start(FreePort.find());
    }

    /** On a given port: a test can take Redis away and bring it back where the application expects it. */
    public static EmbeddedRedis start(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return new EmbeddedRedis(server, port);
        } catch (IOException e) {
            throw new IllegalStateException("Embedded Redis did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded Redis did not stop cleanly", e);
        }
    }
}
