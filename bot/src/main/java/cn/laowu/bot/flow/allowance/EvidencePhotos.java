package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.media.WeChatMedia;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.KeptPhotos;
import cn.laowu.core.allowance.Photo;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The photos a worker sends for a claim: each fetched from WeChat the moment it arrives (WeChat
 * keeps temporary media 3 days) and kept, so the dialog holds only kept ids and the claim adopts
 * the rows kept then.
 */
@Component
class EvidencePhotos {

    /** What {@link #keep} answers when the photo could not be kept: the dialog refuses it as not received. */
    static final String NOT_KEPT = ":";

    private final WeChatMedia media;
    private final KeptPhotos kept;

    EvidencePhotos(WeChatMedia media, KeptPhotos kept) {
        this.media = media;
        this.kept = kept;
    }

    /** The kept photo's id as the dialog stores it, or {@link #NOT_KEPT} (not fetched, empty or over 10 MB). */
    String keep(DialogContext ctx, EvidenceKind kind, String mediaId) {
        Optional<WeChatMedia.Media> photo = media.download(ctx.appid(), mediaId);
        if (photo.isEmpty()) {
            return NOT_KEPT;
        }
        try {
            return String.valueOf(kept.keep(ctx.appid(), ctx.openid(), kind, photo.get().contentType(), photo.get().bytes()));
        } catch (IllegalArgumentException tooLarge) {
            return NOT_KEPT;
        }
    }

    /** "KIND:keptId;KIND:keptId" as the dialog keeps them; empty when any is no longer there to claim. */
    Optional<List<Photo>> fetch(DialogContext ctx, String collected) {
        List<Long> ids = new ArrayList<>();
        for (String entry : collected == null ? new String[0] : collected.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String id = entry.substring(entry.indexOf(':') + 1);
            if (!id.matches("\\d{1,18}")) {
                return Optional.empty();
            }
            ids.add(Long.parseLong(id));
        }
        return kept.unclaimed(ctx.appid(), ctx.openid(), ids);
    }
}
