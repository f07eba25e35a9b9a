package cn.laowu.bot.h5;

import cn.laowu.core.privacy.LinkSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code b=} part of a broker's job link: {@code brokerId.expiry.signature}, HMAC-SHA256 with
 * {@code laowu.h5.broker-secret} (a key derived from the data key when none is set). It expires,
 * so a link found in an old group chat stops crediting; a changed one is simply ignored.
 */
@Component
public class BrokerLinkToken {

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;

    public BrokerLinkToken(@Value("${laowu.h5.broker-secret:}") String secret,
                           @Value("${laowu.h5.broker-link-lifetime:30d}") Duration lifetime, LinkSigner signer, Clock clock) {
        String material = secret == null || secret.isBlank() ? signer.sign("broker-link-key") : secret;
        this.key = new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(long brokerId) {
        String payload = brokerId + "." + Long.toString(clock.instant().plus(lifetime).getEpochSecond(), 36);
        return payload + "." + mac(payload);
    }

    /** The broker a token names while it is valid; empty when expired, altered or malformed. */
    public Optional<Long> verify(String token) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-z]{1,12}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (Long.parseLong(parts[1], 36) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[0]));
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }
}
