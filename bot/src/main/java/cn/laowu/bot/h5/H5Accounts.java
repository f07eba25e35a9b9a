package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Optional;

/**
 * Which official account a public page belongs to: the one whose region holds the job's (or
 * broker's) region, the most local first; else the first configured. Also the platform's public
 * address, without which WeChat cannot send a reader back (no OAuth, no share signature).
 */
@Component
class H5Accounts {

    private final WeChatAccounts accounts;
    private final String publicUrl;

    H5Accounts(WeChatAccounts accounts, WeChatProperties properties) {
        this.accounts = accounts;
        this.publicUrl = properties.publicUrl();
    }

    Optional<WeChatAccount> forRegion(String regionPath) {
        return accounts.all().stream()
                .filter(a -> a.regionCode() != null && regionPath != null && regionPath.contains("/" + a.regionCode() + "/"))
                .max(Comparator.comparingInt(a -> a.regionCode().length()))
                .or(() -> accounts.all().stream().findFirst());
    }

    Optional<WeChatAccount> find(String appid) {
        return accounts.find(appid);
    }

    Optional<String> publicUrl() {
        return Optional.ofNullable(publicUrl);
    }
}
