package cn.laowu.bot.account;

import cn.laowu.core.support.ConfigurationProblem;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the custom menu of {@code laowu.wechat.menu} to every account. Checked against
 * WeChat's limits first (3 buttons of 16 bytes, 5 sub-buttons of 60 bytes each), so a bad menu
 * is refused here with a clear reason instead of by WeChat with an error code.
 */
@Component
public class MenuPublisher {

    private static final Logger log = LoggerFactory.getLogger(MenuPublisher.class);
    static final int MAX_BUTTONS = 3;
    static final int MAX_SUB_BUTTONS = 5;
    static final int MAX_BUTTON_BYTES = 16;
    static final int MAX_SUB_BUTTON_BYTES = 60;

    private final WeChatAccounts accounts;
    private final WeChatProperties settings;

    public MenuPublisher(WeChatAccounts accounts, WeChatProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    /** @return the appids the menu was published to; failures are reported per account */
    public List<String> publishToAll() {
        WxMenu menu = build(settings.menu());
        List<String> published = new ArrayList<>();
        for (WeChatAccount account : accounts.all()) {
            try {
                account.api().getMenuService().menuCreate(menu);
                published.add(account.appid());
                log.info("Custom menu published to {}", account.appid());
            } catch (WxErrorException e) {
                log.error("Custom menu not published to {}: {}", account.appid(), e.getError());
            }
        }
        return published;
    }

    static WxMenu build(List<WeChatProperties.MenuButton> buttons) {
        if (buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
            throw invalid("needs 1 to " + MAX_BUTTONS + " top-level buttons, has " + buttons.size());
        }
        WxMenu menu = new WxMenu();
        for (WeChatProperties.MenuButton button : buttons) {
            WxMenuButton top = button(button, MAX_BUTTON_BYTES);
            if (!button.sub().isEmpty()) {
                if (button.sub().size() > MAX_SUB_BUTTONS) {
                    throw invalid("\"" + button.name() + "\" has " + button.sub().size() + " sub-buttons, at most "
                            + MAX_SUB_BUTTONS);
                }
                for (WeChatProperties.MenuButton sub : button.sub()) {
                    if (!sub.sub().isEmpty()) {
                        throw invalid("\"" + sub.name() + "\" is nested too deep");
                    }
                    top.getSubButtons().add(button(sub, MAX_SUB_BUTTON_BYTES));
                }
            }
            menu.getButtons().add(top);
        }
        return menu;
    }

    private static WxMenuButton button(WeChatProperties.MenuButton config, int maxBytes) {
        if (config.name() == null || config.name().isBlank()) {
            throw invalid("a button has no name");
        }
        if (config.name().getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw invalid("\"" + config.name() + "\" is longer than " + maxBytes + " bytes ("
                    + maxBytes / 3 + " Chinese characters)");
        }
        WxMenuButton button = new WxMenuButton();
        button.setName(config.name());
        if (!config.sub().isEmpty()) {
            return button;
        }
        if (config.url() != null && !config.url().isBlank()) {
            button.setType("view");
            button.setUrl(config.url());
        } else if (config.key() != null && !config.key().isBlank()) {
            button.setType("click");
            button.setKey(config.key());
        } else {
            throw invalid("\"" + config.name() + "\" needs a key, a url or sub-buttons");
        }
        return button;
    }

    private static ConfigurationProblem invalid(String reason) {
        return new ConfigurationProblem("The custom menu (laowu.wechat.menu) " + reason + ".",
                "Fix laowu.wechat.menu in config/application.yml; WeChat allows 3 buttons of 4 Chinese characters, "
                        + "each with up to 5 sub-buttons.");
    }
}
