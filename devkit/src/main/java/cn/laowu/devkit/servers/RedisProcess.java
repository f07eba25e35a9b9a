package cn.laowu.devkit.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code redis-server} of the machine's own installation (Debian's redis-server package), run
 * as a child process on a free loopback port with a directory of its own. Unlike embedded-redis
 * it can be a cluster node, a replica or a sentinel, and a test can kill it with SIGKILL.
 */
public final class RedisProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dir;

    private RedisProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The redis-server binary on PATH (or {@code LAOWU_REDIS_SERVER}), if installed. */
    public static Optional<String> binary() {
        String configured = System.getenv("LAOWU_REDIS_SERVER");
        if (configured != null && !configured.isBlank()) {
            return new File(configured).canExecute() ? Optional.of(configured) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "redis-server");
            if (candidate.canExecute()) {
                return Optional.of(candidate.getPath());
            }
        }
        for (String known : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (new File(known).canExecute()) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts redis-server with these config lines (port, bind, dir and logfile are added) and
     * waits until it accepts connections. {@code sentinel} runs it as a sentinel.
     */
    public static RedisProcess start(List<String> configLines, boolean sentinel) {
        String binary = binary().orElseThrow(() -> new IllegalStateException(
                "redis-server is not installed (apt-get install -y redis-server)"));
        int port = FreePort.find();
        try {
            Path dir = Files.createTempDirectory("laowu-redis-" + port);
            List<String> config = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1", "dir " + dir,
                    "logfile " + dir.resolve("redis.log"), "daemonize no", "protected-mode no"));
            config.addAll(configLines);
            Path file = dir.resolve(sentinel ? "sentinel.conf" : "redis.conf");
            Files.write(file, config);
            List<String> command = new ArrayList<>(List.of(binary, file.toString()));
            if (sentinel) {
                command.add("--sentinel");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            RedisProcess redis = new RedisProcess(process, port, dir);
            redis.awaitListening();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server did not start", e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited; see " + dir);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not listen within 20 s; see " + dir);
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crashed machine: no shutdown, no last save. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
