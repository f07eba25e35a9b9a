package cn.laowu.core.account;

import cn.laowu.core.privacy.LinkSigner;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Links to the QR codes the bot draws ({@code /wx/qrcode/{appid}?scene=...&sig=...}): the console
 * never calls WeChat itself. Each link is signed over {@code appid|scene}, so nobody can turn a
 * link they were given into a code for another broker, job or binding. The console writes these
 * links and the bot checks them, both here.
 */
@Component
public class QrLinks {

    private final OfficialAccounts accounts;
    private final LinkSigner signer;

    public QrLinks(OfficialAccounts accounts, LinkSigner signer) {
        this.accounts = accounts;
        this.signer = signer;
    }

    /** One signed link to a QR code, for one official account. */
    public record QrLink(String appid, String account, String scene, String href) {
    }

    /** A link per configured official account (usually one); empty when none is configured. */
    public List<QrLink> forScene(String scene) {
        return accounts.all().stream()
                .map(account -> new QrLink(account.appid(), account.label(), scene, href(account.appid(), scene)))
                .toList();
    }

    public boolean hasAccounts() {
        return !accounts.all().isEmpty();
    }

    public String href(String appid, String scene) {
        // appids are letters and digits; encoding them too keeps an odd configuration harmless.
        return "/wx/qrcode/" + URLEncoder.encode(appid, StandardCharsets.UTF_8)
                + "?scene=" + URLEncoder.encode(scene, StandardCharsets.UTF_8).replace("+", "%20")
                + "&sig=" + signer.sign(payload(appid, scene));
    }

    public boolean verify(String appid, String scene, String signature) {
        return signer.verify(payload(appid, scene), signature);
    }

    private static String payload(String appid, String scene) {
        return appid + "|" + scene;
    }
}
