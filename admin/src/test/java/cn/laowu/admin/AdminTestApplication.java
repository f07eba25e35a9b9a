package cn.laowu.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** core + admin, as the integration tests of this module run them. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class AdminTestApplication {
}
