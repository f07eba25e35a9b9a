package cn.laowu.bot.protocol;

import org.apache.commons.codec.digest.DigestUtils;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * WeChat's message signatures and safe-mode (AES) encryption, as the 公众平台 documents them:
 * SHA-1 over the sorted token/timestamp/nonce(/ciphertext); AES-256-CBC with the EncodingAESKey,
 * IV = first 16 key bytes, PKCS#7 padding to 32 bytes, plaintext = 16 random bytes + 4-byte
 * length + message + appid. Written here rather than taken from WxJava so the callback path
 * parses no XML before the signature is checked and stays allocation-light.
 */
public final class WeChatCrypto {

    private static final int BLOCK = 32;

    private final String token;
    private final String appid;
    private final byte[] aesKey;
    private final SecureRandom random = new SecureRandom();

    /** @param encodingAesKey 43 characters, or null for an account that only uses plain mode */
    public WeChatCrypto(String token, String appid, String encodingAesKey) {
        this.token = token;
        this.appid = appid;
        this.aesKey = encodingAesKey == null || encodingAesKey.isBlank() ? null : decodeKey(encodingAesKey);
    }

    public static byte[] decodeKey(String encodingAesKey) {
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must be 43 characters");
        }
        return Base64.getDecoder().decode(encodingAesKey + "=");
    }

    public boolean supportsEncryption() {
        return aesKey != null;
    }

    public static String sha1(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        return DigestUtils.sha1Hex(String.join("", sorted));
    }

    /** The URL signature WeChat adds to every callback request. */
    public boolean verifySignature(String signature, String timestamp, String nonce) {
        return signature != null && timestamp != null && nonce != null
                && constantTimeEquals(signature, sha1(token, timestamp, nonce));
    }

    /** The safe-mode signature, which also covers the ciphertext. */
    public boolean verifyMessageSignature(String msgSignature, String timestamp, String nonce, String encrypted) {
        return msgSignature != null && timestamp != null && nonce != null && encrypted != null
                && constantTimeEquals(msgSignature, sha1(token, timestamp, nonce, encrypted));
    }

    public String messageSignature(String timestamp, String nonce, String encrypted) {
        return sha1(token, timestamp, nonce, encrypted);
    }

    /** @throws IllegalArgumentException if the ciphertext is malformed or was made for another appid */
    public String decrypt(String encrypted) {
        requireKey();
        byte[] plain;
        try {
            byte[] cipherText = Base64.getDecoder().decode(encrypted.trim());
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw new IllegalArgumentException("Ciphertext length is not a multiple of the AES block");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new IvParameterSpec(aesKey, 0, 16));
            plain = cipher.doFinal(cipherText);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot decrypt message", e);
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length - 20) {
            throw new IllegalArgumentException("Bad padding");
        }
        int end = plain.length - pad;
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        // Compared without adding to length: 20 + 0x7fffffff overflows to a negative number.
        if (length < 0 || length > end - 20) {
            throw new IllegalArgumentException("Bad message length");
        }
        String fromAppid = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!fromAppid.equals(appid)) {
            throw new IllegalArgumentException("Message was encrypted for another appid");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    public String encrypt(String message) {
        requireKey();
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] app = appid.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + text.length + app.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        buffer.put(nonce).putInt(text.length).put(text).put(app);
        for (int i = 0; i < pad; i++) {
            buffer.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(aesKey, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(buffer.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** The whole safe-mode reply envelope around an already rendered plain reply. */
    public String encryptedEnvelope(String plainXml, String timestamp, String nonce) {
        String encrypted = encrypt(plainXml);
        return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
                + messageSignature(timestamp, nonce, encrypted) + "]]></MsgSignature><TimeStamp>" + timestamp
                + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
    }

    private void requireKey() {
        if (aesKey == null) {
            throw new IllegalStateException("No EncodingAESKey configured for " + appid);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
