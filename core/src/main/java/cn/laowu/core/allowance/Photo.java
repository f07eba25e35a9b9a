package cn.laowu.core.allowance;

/**
 * A photo the worker sent. From the chat it was kept on arrival ({@link KeptPhotos}) and the claim
 * adopts that row by {@code keptId}; a photo without one (the console, the demo) is stored with the claim.
 */
public record Photo(EvidenceKind kind, String contentType, byte[] bytes, Long keptId) {

    public Photo {
        if (bytes == null || bytes.length == 0 || bytes.length > 10 * 1024 * 1024) {
            throw new IllegalArgumentException("A photo of 1 byte to 10 MB");
        }
    }

    public Photo(EvidenceKind kind, String contentType, byte[] bytes) {
        this(kind, contentType, bytes, null);
    }
}
