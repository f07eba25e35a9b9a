package cn.laowu.core.account;

/**
 * An official account (公众号) the platform serves, as both faces need it: the bot answers its
 * callbacks, the console links to its QR codes. Its secrets are the bot's alone.
 *
 * @param regionCode the region it serves (a county's own account, or a 州 for an outpost's)
 */
public record OfficialAccount(String appid, String name, String regionCode) {

    /** What a clerk or a worker calls it: its name if configured, else its appid. */
    public String label() {
        return name == null || name.isBlank() ? appid : name;
    }
}
