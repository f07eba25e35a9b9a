package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.media.WeChatMedia;
import cn.laowu.core.complaint.ComplaintEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Keeps a photo the worker sent with the complaint's evidence at once, before the complaint is even submitted. */
@Component
class PhotoKeeper {

    private static final Logger log = LoggerFactory.getLogger(PhotoKeeper.class);

    private final WeChatMedia media;
    private final ComplaintEvidence evidence;

    PhotoKeeper(WeChatMedia media, ComplaintEvidence evidence) {
        this.media = media;
        this.evidence = evidence;
    }

    /** The kept photo's id, or empty when WeChat would not give it to us (the worker is asked to send it again). */
    Optional<Long> keep(String appid, String openid, String mediaId) {
        return media.download(appid, mediaId).flatMap(photo -> {
            try {
                return Optional.of(evidence.keepPhoto(appid, openid, photo.contentType(), photo.bytes()).getId());
            } catch (RuntimeException e) {
                log.warn("Could not keep a complaint photo for {}: {}", appid, e.toString());
                return Optional.empty();
            }
        });
    }
}
