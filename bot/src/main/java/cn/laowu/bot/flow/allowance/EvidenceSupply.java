package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 补交: the photos the township asked for on a claim it sent back, sent in 补贴申领 and handed back to
 * the township's review. A step of {@link AllowanceFlow}.
 */
@Component
class EvidenceSupply {

    static final String STEP = "supply";

    private final AllowanceClaims claims;
    private final EvidencePhotos photos;

    EvidenceSupply(AllowanceClaims claims, EvidencePhotos photos) {
        this.claims = claims;
        this.photos = photos;
    }

    Reply start(DialogContext ctx, long workerId) {
        Optional<AllowanceClaims.View> waiting = claims.awaitingEvidence(workerId);
        if (waiting.isEmpty()) {
            return Reply.text("您现在没有需要补交材料的申请。回复 我的补贴 查看进度。");
        }
        Map<String, String> data = ctx.state().getData();
        data.put("claim", String.valueOf(waiting.get().claim().getId()));
        data.put(PhotoCollection.KEY, "");
        ctx.state().setStep(STEP);
        return Reply.text("请把要补充的照片发过来:" + waiting.get().claim().getEvidenceRequest()
                + "\n可以发几张,发完回复 好了。");
    }

    Reply handle(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        if (input.kind() == UserInput.Kind.IMAGE && input.mediaId() != null) {
            return PhotoCollection.collect(data, EvidenceKind.SUPPLEMENT,
                    photos.keep(ctx, EvidenceKind.SUPPLEMENT, input.mediaId()));
        }
        if (!PhotoCollection.done(input.text())) {
            return Reply.text("请发照片:点输入框旁的 + 号,选 照片。发完回复 好了。");
        }
        if (data.getOrDefault(PhotoCollection.KEY, "").isEmpty()) {
            return Reply.text("还没收到照片。点输入框旁的 + 号,选 照片 发过来。");
        }
        List<Photo> fetched = photos.fetch(ctx, data.get(PhotoCollection.KEY)).orElse(null);
        if (fetched == null) {
            data.put(PhotoCollection.KEY, "");
            return Reply.text("照片没能取到(可能网络不好或已过期),请重新发一次,发完回复 好了。");
        }
        claims.supply(Long.parseLong(data.get("worker")), Long.parseLong(data.get("claim")), fetched);
        ctx.exit();
        return Reply.text("补充材料收到了,已重新交乡镇社会保障站审核。回复 我的补贴 查看进度。");
    }
}
