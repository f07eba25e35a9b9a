package cn.laowu.core.allowance;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Objections to the 公示 list, from someone known: a follower (chat, or the page through WeChat's
 * OAuth) or, outside WeChat, a phone number the office calls back. One per person per claim; at
 * most so many per person, per address and per claim a day. An objection never takes the claim off
 * the list: it shows 有异议,核查中 and is not paid until the county upholds the objection (the claim
 * is rejected) or finds it unfounded ({@link AllowanceReview#reject} / {@link AllowanceReview#dismissObjection}).
 */
@Service
public class Objections {

    private static final Duration WINDOW = Duration.ofHours(24);

    private final ObjectionMapper objections;
    private final ClaimMapper claims;
    private final PublicNotice notice;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;
    private final int perPerson;
    private final int perAddress;
    private final int perClaim;

    public Objections(ObjectionMapper objections, ClaimMapper claims, PublicNotice notice, PersonalDataProtector protector,
                      AuditLog audit, Clock clock,
                      @Value("${laowu.allowances.objections.per-person-per-day:5}") int perPerson,
                      @Value("${laowu.allowances.objections.per-address-per-day:10}") int perAddress,
                      @Value("${laowu.allowances.objections.per-claim-per-day:20}") int perClaim) {
        this.objections = objections;
        this.claims = claims;
        this.notice = notice;
        this.protector = protector;
        this.audit = audit;
        this.clock = clock;
        this.perPerson = perPerson;
        this.perAddress = perAddress;
        this.perClaim = perClaim;
    }

    /** Who objects. {@code key} is what makes them one person; {@code phone} is kept only for a call back. */
    public record Objector(String kind, String key, String phone) {

        public static Objector follower(String appid, String openid) {
            if (appid == null || openid == null || openid.isBlank()) {
                throw new RuleViolation("请在微信里提出异议,或留下电话号码。");
            }
            return new Objector("FOLLOWER", "wx\n" + appid + "\n" + openid, null);
        }

        /** Outside WeChat: a mobile number, which the office calls to check who objects and why. */
        public static Objector phone(String phone) {
            String digits = phone == null ? "" : WorkerService.normalisePhone(phone);
            if (!digits.matches("1[3-9]\\d{9}")) {
                throw new RuleViolation("请留下您的手机号(11位),工作人员会打电话向您核实。不留电话的异议不受理。");
            }
            return new Objector("PHONE", "phone\n" + digits, digits);
        }
    }

    /**
     * Lodges an objection to the row with {@code number} among those listed under {@code path}.
     *
     * @param ip the address it came from (null in chat)
     */
    @Transactional
    public void lodge(String path, String number, String text, Objector who, String channel, String ip) {
        if (who == null) {
            throw new RuleViolation("匿名异议不受理:请在微信里提出,或留下电话号码。");
        }
        String said = text == null ? "" : text.strip();
        if (said.length() < 4 || said.length() > 500) {
            throw new RuleViolation("请把异议说清楚(4到500字),比如此人并未外出务工。");
        }
        PublicNotice.Row row = notice.byNumber(path, number)
                .orElseThrow(() -> new RuleViolation("公示名单上没有这个编号,或公示期已过。"));
        String person = protector.lookupHash("objector\n" + who.key());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime since = now.minus(WINDOW);
        if (count(new LambdaQueryWrapper<Objection>().eq(Objection::getClaimId, row.claimId())
                .eq(Objection::getObjectorHash, person)) > 0) {
            throw new RuleViolation("您已经对这一条提过异议了,县里正在核查,核查结果出来前不会发放。");
        }
        if (count(new LambdaQueryWrapper<Objection>().eq(Objection::getObjectorHash, person)
                .ge(Objection::getCreatedAt, since)) >= perPerson
                || ip != null && count(new LambdaQueryWrapper<Objection>().eq(Objection::getIp, ip)
                .ge(Objection::getCreatedAt, since)) >= perAddress) {
            throw new RuleViolation("今天提的异议已经很多了,请明天再提;情况紧急请打举报电话。");
        }
        if (count(new LambdaQueryWrapper<Objection>().eq(Objection::getClaimId, row.claimId())
                .ge(Objection::getCreatedAt, since)) >= perClaim) {
            throw new RuleViolation("这一条今天已收到很多异议,县里正在核查;您有新的情况请打举报电话。");
        }
        Objection objection = new Objection();
        objection.setClaimId(row.claimId());
        objection.setChannel(channel);
        objection.setText(said);
        objection.setCreatedAt(now);
        objection.setObjectorKind(who.kind());
        objection.setObjectorHash(person);
        objection.setContactPhone(who.phone() == null ? null : protector.encrypt(who.phone()));
        objection.setIp(ip == null ? null : ip.length() > 45 ? ip.substring(0, 45) : ip);
        try {
            objections.insert(objection);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("您已经对这一条提过异议了,县里正在核查,核查结果出来前不会发放。");
        }
        AllowanceClaim claim = claims.selectById(row.claimId());
        if (claim.getStatus() == ClaimStatus.PUBLICISED) {
            claims.update(null, new LambdaUpdateWrapper<AllowanceClaim>().eq(AllowanceClaim::getId, claim.getId())
                    .eq(AllowanceClaim::getStatus, ClaimStatus.PUBLICISED)
                    .set(AllowanceClaim::getStatus, ClaimStatus.OBJECTED).set(AllowanceClaim::getUpdatedAt, now));
        }
        audit.record(Actor.system(claim.getRegionPath()), "OBJECTION", "allowance_claim", claim.getId(),
                claim.getStatus().label(), "公示异议(" + channel + (who.phone() == null ? "" : ",留电话 "
                        + Masking.phone(who.phone())) + ")");
    }

    /** The phone to call back, for the county reviewer of the claim only (the caller checks the scope). */
    public String phoneOf(Objection objection) {
        return objection.getContactPhone() == null ? null : protector.decrypt(objection.getContactPhone());
    }

    public List<Objection> of(long claimId) {
        return objections.selectList(new LambdaQueryWrapper<Objection>().eq(Objection::getClaimId, claimId)
                .orderByAsc(Objection::getId));
    }

    private long count(LambdaQueryWrapper<Objection> query) {
        return objections.selectCount(query);
    }
}
