package cn.laowu.core.privacy;

import cn.laowu.core.support.ConfigurationProblem;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The one secret behind personal-data protection: 32 random bytes, Base64-encoded, from
 * {@code laowu.security.data-key}. Two independent sub-keys are derived from it (HMAC-SHA256
 * with distinct labels) so the encryption key is never also used as the lookup-hash key.
 */
public final class DataKey {

    public static final String PROPERTY = "laowu.security.data-key";
    private static final String HOW_TO_FIX = "Set " + PROPERTY + " (environment variable LAOWU_SECURITY_DATA_KEY) "
            + "to 32 random bytes in Base64, e.g. the output of: openssl rand -base64 32";

    private final byte[] encryptionKey;
    private final byte[] lookupKey;
    private final byte[] linkKey;

    private DataKey(byte[] master) {
        this.encryptionKey = derive(master, "laowu/personal-data/encryption/v1");
        this.lookupKey = derive(master, "laowu/personal-data/lookup-hash/v1");
        this.linkKey = derive(master, "laowu/signed-links/v1");
    }

    /** Parses the configured value; any problem is a {@link ConfigurationProblem} naming the property. */
    public static DataKey parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new ConfigurationProblem(PROPERTY + " is not set: personal data cannot be protected without it.",
                    HOW_TO_FIX);
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(PROPERTY + " is not valid Base64.", HOW_TO_FIX);
        }
        if (master.length != 32) {
            throw new ConfigurationProblem(PROPERTY + " decodes to " + master.length + " bytes; it must be 32.",
                    HOW_TO_FIX);
        }
        try {
            return new DataKey(master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    byte[] encryptionKey() {
        return encryptionKey;
    }

    byte[] lookupKey() {
        return lookupKey;
    }

    byte[] linkKey() {
        return linkKey;
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
