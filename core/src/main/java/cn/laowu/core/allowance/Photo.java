package cn.laowu.core.allowance;

/** A photo the worker sent, fetched from WeChat by the bot. */
public record Photo(EvidenceKind kind, String contentType, byte[] bytes) {

    public Photo {
        if (bytes == null || bytes.length == 0 || bytes.length > 10 * 1024 * 1024) {
            throw new IllegalArgumentException("A photo of 1 byte to 10 MB");
        }
    }
}
