package cn.laowu.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The production application: core + bot + admin, against the servers the operator configures. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class LaowuApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaowuApplication.class, args);
    }
}
