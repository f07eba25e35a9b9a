package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.core.complaint.Attachment;
import cn.laowu.core.complaint.ComplaintEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.File;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Fetches a photo the worker sent from WeChat's temporary media (gone after 3 days) and keeps the
 * bytes with the platform at once, before the complaint is even submitted.
 */
@Component
class PhotoKeeper {

    private static final Logger log = LoggerFactory.getLogger(PhotoKeeper.class);

    private final WeChatAccounts accounts;
    private final ComplaintEvidence evidence;

    PhotoKeeper(WeChatAccounts accounts, ComplaintEvidence evidence) {
        this.accounts = accounts;
        this.evidence = evidence;
    }

    /** The kept photo's id, or empty when WeChat would not give it to us (the worker is asked to send it again). */
    Optional<Long> keep(String appid, String openid, String mediaId) {
        if (mediaId == null || mediaId.isBlank() || mediaId.length() > 128) {
            return Optional.empty();
        }
        File file = null;
        try {
            file = accounts.get(appid).api().getMaterialService().mediaDownload(mediaId);
            if (file == null) {
                return Optional.empty();
            }
            byte[] data = Files.readAllBytes(file.toPath());
            String type = Optional.ofNullable(Files.probeContentType(file.toPath())).orElse("image/jpeg");
            Attachment kept = evidence.keepPhoto(appid, openid, type, data);
            return Optional.of(kept.getId());
        } catch (Exception e) {
            log.warn("Could not keep a complaint photo for {}: {}", appid, e.toString());
            return Optional.empty();
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }
}
