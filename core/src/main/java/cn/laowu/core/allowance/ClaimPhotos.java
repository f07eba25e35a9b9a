package cn.laowu.core.allowance;

import cn.laowu.core.support.NotFoundInScope;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The photos a claim rests on: kept with their hash when the worker sends them, shown to the reviewer. */
@Component
class ClaimPhotos {

    private final EvidenceMapper evidence;
    private final Clock clock;

    ClaimPhotos(EvidenceMapper evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    void store(long claimId, List<Photo> photos) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Photo photo : photos) {
            if (KeptPhotos.adopt(evidence, claimId, photo)) {
                continue;
            }
            ClaimEvidence row = new ClaimEvidence();
            row.setClaimId(claimId);
            row.setKind(photo.kind());
            row.setContentType(photo.contentType() == null ? "image/jpeg" : photo.contentType());
            row.setContent(photo.bytes());
            row.setContentHash(sha256(photo.bytes()));
            row.setCreatedAt(now);
            evidence.insert(row);
        }
    }

    static String sha256(byte[] bytes) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(bytes);
    }

    /** The evidence of a claim, without the bytes. */
    List<ClaimEvidence> evidenceOf(long claimId) {
        return evidence.selectList(new LambdaQueryWrapper<ClaimEvidence>().eq(ClaimEvidence::getClaimId, claimId)
                .select(ClaimEvidence::getId, ClaimEvidence::getClaimId, ClaimEvidence::getKind,
                        ClaimEvidence::getContentHash, ClaimEvidence::getContentType, ClaimEvidence::getCreatedAt)
                .orderByAsc(ClaimEvidence::getId));
    }

    ClaimEvidence photo(long claimId, long evidenceId) {
        ClaimEvidence row = evidence.selectById(evidenceId);
        if (row == null || row.getClaimId() != claimId) {
            throw new NotFoundInScope("Evidence");
        }
        return row;
    }
}
