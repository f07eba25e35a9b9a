package cn.laowu.core.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Signs links that one part of the platform hands to another without a session between them,
 * such as the console's link to a QR code the bot draws: whoever holds the link may use it,
 * nobody can forge or alter one. Keyed by its own key derived from the data key.
 */
public final class LinkSigner {

    private final SecretKeySpec key;

    public LinkSigner(DataKey dataKey) {
        this.key = new SecretKeySpec(dataKey.linkKey(), "HmacSHA256");
    }

    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }

    public boolean verify(String payload, String signature) {
        return signature != null && MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
