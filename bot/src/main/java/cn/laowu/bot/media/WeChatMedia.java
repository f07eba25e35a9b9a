package cn.laowu.bot.media;

import cn.laowu.bot.account.WeChatAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.File;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The one download of a photo a worker sent. WeChat keeps temporary media 3 days, so every flow
 * that takes a photo fetches it here the moment it arrives and stores the bytes with its feature;
 * nothing is fetched later from a media id.
 */
@Component
public class WeChatMedia {

    private static final Logger log = LoggerFactory.getLogger(WeChatMedia.class);

    private final WeChatAccounts accounts;

    public WeChatMedia(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    /** What WeChat gave for a media id. */
    public record Media(String contentType, byte[] bytes) {
    }

    /** The photo's bytes, or empty when WeChat would not give them (expired, network): the worker sends it again. */
    public Optional<Media> download(String appid, String mediaId) {
        if (mediaId == null || mediaId.isBlank() || mediaId.length() > 128) {
            return Optional.empty();
        }
        File file = null;
        try {
            file = accounts.get(appid).api().getMaterialService().mediaDownload(mediaId);
            if (file == null || file.length() == 0) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file.toPath());
            String type = Optional.ofNullable(Files.probeContentType(file.toPath())).orElse("image/jpeg");
            return Optional.of(new Media(type, bytes));
        } catch (Exception e) {
            log.warn("Photo not fetched from {}: {}", appid, e.toString());
            return Optional.empty();
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }
}
