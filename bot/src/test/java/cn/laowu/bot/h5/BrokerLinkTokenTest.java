package cn.laowu.bot.h5;

import cn.laowu.core.privacy.DataKey;
import cn.laowu.core.privacy.LinkSigner;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker's link token: valid until it expires, worthless once any part of it is changed. */
class BrokerLinkTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final LinkSigner SIGNER = new LinkSigner(DataKey.parse(Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes())));

    private static BrokerLinkToken at(Instant now, String secret) {
        return new BrokerLinkToken(secret, Duration.ofDays(30), SIGNER, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFreshTokenNamesItsBroker() {
        String token = at(NOW, "s3cret").issue(7);
        assertThat(at(NOW, "s3cret").verify(token)).contains(7L);
        assertThat(at(NOW.plus(Duration.ofDays(29)), "s3cret").verify(token)).contains(7L);
    }

    @Test
    void anExpiredTokenNamesNobody() {
        String token = at(NOW, "s3cret").issue(7);
        assertThat(at(NOW.plus(Duration.ofDays(31)), "s3cret").verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenNamesNobody() {
        String token = at(NOW, "s3cret").issue(7);
        String[] parts = token.split("\\.");
        assertThat(at(NOW, "s3cret").verify("8." + parts[1] + "." + parts[2])).as("another broker").isEmpty();
        String later = Long.toString(Long.parseLong(parts[1], 36) + 86_400 * 365, 36);
        assertThat(at(NOW, "s3cret").verify(parts[0] + "." + later + "." + parts[2])).as("a later expiry").isEmpty();
        char last = parts[2].charAt(parts[2].length() - 1);
        String flipped = parts[2].substring(0, parts[2].length() - 1) + (last == '0' ? '1' : '0');
        assertThat(at(NOW, "s3cret").verify(parts[0] + "." + parts[1] + "." + flipped)).as("signature").isEmpty();
        assertThat(at(NOW, "other").verify(token)).as("another secret").isEmpty();
        assertThat(at(NOW, "s3cret").verify("garbage")).isEmpty();
        assertThat(at(NOW, "s3cret").verify(null)).isEmpty();
    }
}
