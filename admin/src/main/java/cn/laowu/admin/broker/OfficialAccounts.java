package cn.laowu.admin.broker;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The official accounts the platform serves, as configured under {@code laowu.wechat.accounts[*]}.
 * The bot owns that configuration; the console only needs each account's appid (and name) to link
 * to the QR codes the bot draws, and must not depend on the bot module, so it reads the list here.
 */
@Component
public class OfficialAccounts {

    /** More accounts than any deployment serves; only stops a runaway loop. */
    private static final int MAX_ACCOUNTS = 100;

    public record Account(String appid, String name) {

        /** What a clerk calls it: its name if configured, else its appid. */
        public String label() {
            return StringUtils.hasText(name) ? name : appid;
        }
    }

    private final List<Account> accounts;

    public OfficialAccounts(Environment environment) {
        List<Account> found = new ArrayList<>();
        for (int i = 0; i < MAX_ACCOUNTS; i++) {
            String appid = environment.getProperty("laowu.wechat.accounts[" + i + "].appid");
            if (!StringUtils.hasText(appid)) {
                break;
            }
            found.add(new Account(appid.trim(), environment.getProperty("laowu.wechat.accounts[" + i + "].name")));
        }
        this.accounts = List.copyOf(found);
    }

    public List<Account> all() {
        return accounts;
    }
}
