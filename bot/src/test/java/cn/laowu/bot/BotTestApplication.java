package cn.laowu.bot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** core + bot, as the integration tests of this module run them. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class BotTestApplication {
}
