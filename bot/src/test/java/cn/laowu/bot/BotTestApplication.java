package cn.laowu.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** core + bot, as the integration tests of this module run them. */
@SpringBootApplication(scanBasePackages = "cn.laowu")
public class BotTestApplication {

    /** What a test that needs whole instances of the bot in their own JVMs waits for on their output. */
    public static final String READY = "LAOWU-BOT-INSTANCE-READY";

    /** Runs the bot as a separate process (the outbox crash test starts several and kills one). */
    public static void main(String[] args) {
        SpringApplication.run(BotTestApplication.class, args);
        System.out.println(READY);
    }
}
