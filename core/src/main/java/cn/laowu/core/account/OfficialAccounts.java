package cn.laowu.core.account;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The official accounts configured under {@code laowu.wechat.accounts[*]}: appid, name and region.
 * The one list both faces read; the bot adds each account's secret, token and key to it.
 */
@Component
public class OfficialAccounts {

    private final List<OfficialAccount> accounts;
    /** Accounts with a job-notice (订阅通知) template configured: only they reach workers outside the 48 hours. */
    private final Set<String> withJobNotice;

    /** The part of an account's configuration that says whether job notices can be subscribed to. */
    record JobNoticeConfig(String appid, Template jobNotice) {
        record Template(String id) {
        }

        boolean configured() {
            return appid != null && jobNotice != null && jobNotice.id() != null && !jobNotice.id().isBlank();
        }
    }

    @Autowired
    public OfficialAccounts(Environment environment) {
        this(Binder.get(environment).bind("laowu.wechat.accounts", Bindable.listOf(OfficialAccount.class))
                .orElse(List.of()).stream()
                .filter(account -> account.appid() != null && !account.appid().isBlank())
                .map(account -> new OfficialAccount(account.appid().trim(), account.name(), account.regionCode()))
                .toList(), Binder.get(environment).bind("laowu.wechat.accounts", Bindable.listOf(JobNoticeConfig.class))
                .orElse(List.of()).stream().filter(JobNoticeConfig::configured).map(c -> c.appid().trim())
                .collect(Collectors.toSet()));
    }

    public OfficialAccounts(List<OfficialAccount> accounts) {
        this(accounts, Set.of());
    }

    private OfficialAccounts(List<OfficialAccount> accounts, Set<String> withJobNotice) {
        this.accounts = List.copyOf(accounts);
        this.withJobNotice = Set.copyOf(withJobNotice);
    }

    /**
     * Accounts without a job-notice template: their job notices reach only followers who wrote in the
     * last 48 hours (customer-service messages); the console and README say what to configure.
     */
    public List<OfficialAccount> withoutJobNoticeTemplate() {
        return accounts.stream().filter(a -> !withJobNotice.contains(a.appid())).toList();
    }

    public List<OfficialAccount> all() {
        return accounts;
    }

    public Optional<OfficialAccount> find(String appid) {
        return accounts.stream().filter(account -> account.appid().equals(appid)).findFirst();
    }
}
