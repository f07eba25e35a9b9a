package cn.laowu.bot.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar laowu.jar --publish-menu}: publishes the custom menu to every account and
 * exits (non-zero when an account refused it).
 */
@Component
public class PublishMenuCommand implements ApplicationRunner {

    private final MenuPublisher publisher;
    private final WeChatAccounts accounts;
    private final ConfigurableApplicationContext context;

    public PublishMenuCommand(MenuPublisher publisher, WeChatAccounts accounts, ConfigurableApplicationContext context) {
        this.publisher = publisher;
        this.accounts = accounts;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("publish-menu")) {
            return;
        }
        int published = publisher.publishToAll().size();
        int code = published == accounts.all().size() ? 0 : 1;
        System.out.printf("Custom menu published to %d of %d accounts.%n", published, accounts.all().size());
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
