package cn.laowu.bot.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar laowu.jar --publish-menu}: publishes the custom menu to every account and
 * exits (non-zero when an account refused it); the process's exit code is this command's.
 */
@Component
public class PublishMenuCommand implements ApplicationRunner, ExitCodeGenerator {

    private final MenuPublisher publisher;
    private final WeChatAccounts accounts;
    private volatile int exitCode;

    public PublishMenuCommand(MenuPublisher publisher, WeChatAccounts accounts) {
        this.publisher = publisher;
        this.accounts = accounts;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("publish-menu")) {
            return;
        }
        int published = publisher.publishToAll().size();
        exitCode = published == accounts.all().size() ? 0 : 1;
        System.out.printf("Custom menu published to %d of %d accounts.%n", published, accounts.all().size());
    }
}
