package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the photos a worker sent from WeChat's temporary media (kept 3 days) so the claim keeps
 * them for good. The dialog collects media ids; this turns them into bytes when the claim is made.
 */
@Component
class EvidencePhotos {

    private static final Logger log = LoggerFactory.getLogger(EvidencePhotos.class);

    private final WeChatAccounts accounts;

    EvidencePhotos(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    /** "KIND:mediaId;KIND:mediaId" as the dialog keeps them; empty when any photo could not be fetched. */
    Optional<List<Photo>> fetch(String appid, String collected) {
        List<Photo> photos = new ArrayList<>();
        for (String entry : collected == null ? new String[0] : collected.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            Optional<byte[]> bytes = download(appid, parts[1]);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            photos.add(new Photo(EvidenceKind.valueOf(parts[0]), "image/jpeg", bytes.get()));
        }
        return Optional.of(photos);
    }

    private Optional<byte[]> download(String appid, String mediaId) {
        File file = null;
        try {
            file = accounts.get(appid).api().getMaterialService().mediaDownload(mediaId);
            if (file == null || file.length() == 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file.toPath()));
        } catch (WxErrorException | IOException | RuntimeException e) {
            log.warn("Evidence photo not fetched from {}: {}", appid, e.getMessage());
            return Optional.empty();
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }
}
