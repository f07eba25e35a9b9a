package cn.laowu.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/** The production application: core + bot + admin, against the servers the operator configures. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class LaowuApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LaowuApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--publish-menu") || arg.startsWith("--create-admin"))) {
            // A one-off command: no web server, so it can run beside a running instance.
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
