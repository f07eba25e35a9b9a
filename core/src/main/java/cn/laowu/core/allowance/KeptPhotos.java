package cn.laowu.core.allowance;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The photos a worker sends for a claim, kept the moment they arrive (WeChat's copy expires in 3
 * days) and adopted by the claim when it is submitted: the claim's evidence is the row kept then.
 */
@Service
public class KeptPhotos {

    private final EvidenceMapper evidence;
    private final Clock clock;

    public KeptPhotos(EvidenceMapper evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Keeps the bytes for this sender; the id goes into the dialog until the claim is made. */
    public long keep(String appid, String openid, EvidenceKind kind, String contentType, byte[] bytes) {
        Photo checked = new Photo(kind, contentType, bytes);
        ClaimEvidence row = new ClaimEvidence();
        row.setAppid(appid);
        row.setOpenid(openid);
        row.setKind(checked.kind());
        row.setContentType(contentType == null || contentType.isBlank() ? "image/jpeg" : contentType);
        row.setContent(bytes);
        row.setContentHash(DigestUtils.sha256Hex(bytes));
        row.setCreatedAt(LocalDateTime.now(clock));
        evidence.insert(row);
        return row.getId();
    }

    /** This sender's kept photos not yet in a claim, in the order given; empty when any is missing. */
    public Optional<List<Photo>> unclaimed(String appid, String openid, List<Long> ids) {
        if (ids.isEmpty()) {
            return Optional.of(List.of());
        }
        List<ClaimEvidence> rows = evidence.selectList(new LambdaQueryWrapper<ClaimEvidence>().in(ClaimEvidence::getId, ids)
                .eq(ClaimEvidence::getAppid, appid).eq(ClaimEvidence::getOpenid, openid).isNull(ClaimEvidence::getClaimId));
        if (rows.size() != ids.stream().distinct().count()) {
            return Optional.empty();
        }
        return Optional.of(ids.stream().map(id -> rows.stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow())
                .map(r -> new Photo(r.getKind(), r.getContentType(), r.getContent(), r.getId())).toList());
    }

    /** The claim takes the kept row as its evidence; false when the photo was not kept (store it then). */
    static boolean adopt(EvidenceMapper evidence, long claimId, Photo photo) {
        return photo.keptId() != null && evidence.update(null, new LambdaUpdateWrapper<ClaimEvidence>()
                .eq(ClaimEvidence::getId, photo.keptId()).isNull(ClaimEvidence::getClaimId)
                .set(ClaimEvidence::getClaimId, claimId)) == 1;
    }
}
