package cn.laowu.core.account;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The official accounts configured under {@code laowu.wechat.accounts[*]}: appid, name and region.
 * The one list both faces read; the bot adds each account's secret, token and key to it.
 */
@Component
public class OfficialAccounts {

    private final List<OfficialAccount> accounts;

    @Autowired
    public OfficialAccounts(Environment environment) {
        this(Binder.get(environment).bind("laowu.wechat.accounts", Bindable.listOf(OfficialAccount.class))
                .orElse(List.of()).stream()
                .filter(account -> account.appid() != null && !account.appid().isBlank())
                .map(account -> new OfficialAccount(account.appid().trim(), account.name(), account.regionCode()))
                .toList());
    }

    public OfficialAccounts(List<OfficialAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    public List<OfficialAccount> all() {
        return accounts;
    }

    public Optional<OfficialAccount> find(String appid) {
        return accounts.stream().filter(account -> account.appid().equals(appid)).findFirst();
    }
}
