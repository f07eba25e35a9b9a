package cn.laowu.core.complaint;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The photos of a complaint: kept the moment the chat receives them (WeChat's copy expires in 3
 * days), claimed by a case when it is filed or added to, shown to the office in scope.
 */
@Service
public class ComplaintEvidence {

    private final AttachmentMapper attachments;
    private final ComplaintMapper complaints;
    private final CaseSteps steps;
    private final ComplaintQueue queue;
    private final Clock clock;

    public ComplaintEvidence(AttachmentMapper attachments, ComplaintMapper complaints, CaseSteps steps,
                             ComplaintQueue queue, Clock clock) {
        this.attachments = attachments;
        this.complaints = complaints;
        this.steps = steps;
        this.queue = queue;
        this.clock = clock;
    }

    public static final int MAX_PHOTOS = 9;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** Keeps a photo at once, before the case exists (WeChat's copy expires in 3 days). */
    @Transactional
    public Attachment keepPhoto(String appid, String openid, String contentType, byte[] data) {
        if (data == null || data.length == 0 || data.length > MAX_PHOTO_BYTES) {
            throw new RuleViolation("图片太大或是空的,请换一张(5MB以内)。");
        }
        Attachment photo = new Attachment();
        photo.setAppid(appid);
        photo.setOpenid(openid);
        photo.setContentType(contentType == null || contentType.isBlank() ? "image/jpeg" : CaseSteps.cut(contentType, 64));
        photo.setSizeBytes(data.length);
        photo.setData(data);
        photo.setCreatedAt(now());
        attachments.insert(photo);
        return photo;
    }

    int claim(ComplaintFiling.Complainant who, long complaintId, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return 0;
        }
        List<Long> wanted = ids.stream().distinct().limit(MAX_PHOTOS).toList();
        int claimed = attachments.update(null, new LambdaUpdateWrapper<Attachment>().in(Attachment::getId, wanted)
                .eq(Attachment::getAppid, who.appid()).eq(Attachment::getOpenid, who.openid())
                .isNull(Attachment::getComplaintId).set(Attachment::getComplaintId, complaintId));
        if (claimed > 0) {
            Complaint c = complaints.selectById(complaintId);
            steps.append(c, "投诉人", HistoryType.ATTACHMENT, null, null, false, "照片" + claimed + "张");
        }
        return claimed;
    }

    public List<Attachment> photos(RegionScope scope, long id) {
        return attachments.selectList(new LambdaQueryWrapper<Attachment>().select(Attachment::getId,
                        Attachment::getContentType, Attachment::getSizeBytes, Attachment::getCreatedAt)
                .eq(Attachment::getComplaintId, queue.get(scope, id).getId()).orderByAsc(Attachment::getId));
    }

    public Attachment photo(RegionScope scope, long complaintId, long photoId) {
        Attachment photo = attachments.selectOne(new LambdaQueryWrapper<Attachment>().eq(Attachment::getId, photoId)
                .eq(Attachment::getComplaintId, queue.get(scope, complaintId).getId()));
        if (photo == null) {
            throw new NotFoundInScope("Attachment");
        }
        return photo;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
