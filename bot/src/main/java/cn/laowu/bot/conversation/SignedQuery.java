package cn.laowu.bot.conversation;

import org.apache.commons.codec.digest.DigestUtils;

import java.time.Clock;
import java.time.Duration;

/**
 * The signed query string (timestamp + nonce + signature) a delivery came with, and a digest of
 * the message it carried. The URL signature does not cover the body, so without remembering it a
 * captured query string would carry any message for any follower for the whole clock-skew window.
 * The same query with the same message is WeChat retrying; with another message it is forged.
 * It is remembered by the claim script, in the round trip that claims the delivery.
 *
 * @param digest        identifies the signed query
 * @param messageDigest identifies the (decrypted) message it carried
 * @param rememberFor   as long as its timestamp would be accepted
 */
public record SignedQuery(String digest, String messageDigest, Duration rememberFor) {

    public static SignedQuery of(String timestamp, String nonce, String signature, String messageXml,
                                 Duration maxClockSkew, Clock clock) {
        long acceptedUntilMillis = (Long.parseLong(timestamp) + maxClockSkew.toSeconds() + 1) * 1000;
        long ttl = Math.max(1_000, acceptedUntilMillis - clock.millis());
        return new SignedQuery(DigestUtils.sha256Hex(timestamp + ":" + nonce + ":" + signature),
                DigestUtils.sha256Hex(messageXml), Duration.ofMillis(ttl));
    }

    /** Thrown when a signed query already used for one message comes back with another. */
    public static final class Reused extends RuntimeException {
        Reused() {
            super("signed query reused for another message", null, false, false);
        }
    }
}
