package cn.laowu.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.Map;

/** The production application: core + bot + admin, against the servers the operator configures. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class LaowuApplication {

    /**
     * A one-off command still builds the whole web application (the console's security and error
     * pages are beans like any other; a non-web context lacks what they need), but opens no port,
     * so it can run beside a running instance, and starts no scheduled work. These settings come
     * first, above the operator's SERVER_PORT or --server.port.
     */
    static final Map<String, Object> COMMAND_SETTINGS = Map.of("server.port", -1, "laowu.schedules.enabled", false);

    public static void main(String[] args) {
        if (isCommand(args)) {
            System.exit(runCommand(args));
        }
        new SpringApplication(LaowuApplication.class).run(args);
    }

    static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--publish-menu") || arg.startsWith("--create-admin"));
    }

    /** Runs --create-admin or --publish-menu and returns the process's exit code (the commands' {@code ExitCodeGenerator}s). */
    static int runCommand(String... args) {
        SpringApplication application = new SpringApplication(LaowuApplication.class);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("oneOffCommand", COMMAND_SETTINGS)));
        ConfigurableApplicationContext context = application.run(args);
        return SpringApplication.exit(context);
    }
}
