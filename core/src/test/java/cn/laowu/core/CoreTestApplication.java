package cn.laowu.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application around core, for its integration tests. */
@SpringBootApplication
public class CoreTestApplication {
}
