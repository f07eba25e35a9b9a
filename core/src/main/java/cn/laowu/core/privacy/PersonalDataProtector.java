package cn.laowu.core.privacy;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data at rest (AES-256-GCM, random 96-bit nonce per value) and computes the
 * keyed hash (HMAC-SHA256) that lets an ID number or phone be found without decrypting a table.
 * Stored form: {@code v1:} + Base64(nonce || ciphertext || tag); the version allows key rotation.
 */
public final class PersonalDataProtector {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    /**
     * Nonces from a generator of each thread's own: every default SecureRandom (NativePRNG) of the
     * JVM reads through one lock, which 64 dialog threads sealing their state queued on.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PersonalDataProtector::drbg);

    public PersonalDataProtector(DataKey key) {
        this.encryptionKey = new SecretKeySpec(key.encryptionKey(), "AES");
        this.lookupKey = new SecretKeySpec(key.lookupKey(), "HmacSHA256");
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.get().nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws IllegalArgumentException if the value was not sealed by this key (tampered or wrong key) */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new IllegalArgumentException("Unknown personal-data format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        if (all.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("Truncated personal-data value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Personal-data value cannot be decrypted with this key", e);
        }
    }

    /** Deterministic keyed hash (64 hex chars) of an already normalised value. */
    public String lookupHash(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }
}
