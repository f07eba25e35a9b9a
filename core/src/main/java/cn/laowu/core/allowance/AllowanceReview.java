package cn.laowu.core.allowance;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's side: 乡镇初审 → 县审核 by a different person → 公示 for the policy's days (calendar
 * days until the shared working-day calendar lands) → objections investigated by the county;
 * then payment batches and paid ({@code allowance.payment}), each worker told through the outbox.
 * Every query is bound to the reviewer's region; every change is audited.
 */
@Service
public class AllowanceReview {

    private static final Set<ClaimStatus> REJECTABLE = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.NEEDS_EVIDENCE,
            ClaimStatus.TOWNSHIP_APPROVED, ClaimStatus.OBJECTED);

    private final ClaimMapper claims;
    private final ObjectionMapper objections;
    private final AllowanceCatalogue catalogue;
    private final ClaimPhotos photos;
    private final FraudChecks fraud;
    private final WorkerService workers;
    private final JobService jobs;
    private final RegionService regions;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final PaymentAccounts accounts;

    public AllowanceReview(ClaimMapper claims, ObjectionMapper objections,
                           AllowanceCatalogue catalogue, ClaimPhotos photos, FraudChecks fraud, WorkerService workers,
                           JobService jobs, RegionService regions, Outbox outbox, AuditLog audit, Clock clock,
                           PaymentAccounts accounts) {
        this.accounts = accounts;
        this.claims = claims;
        this.objections = objections;
        this.catalogue = catalogue;
        this.photos = photos;
        this.fraud = fraud;
        this.workers = workers;
        this.jobs = jobs;
        this.regions = regions;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A claim as the reviewer sees it: who, what, the photos, the flags, the objections. */
    public record Item(AllowanceClaim claim, AllowancePolicy policy, Worker worker, String claimant,
                       List<String> flags, List<ClaimEvidence> evidence, List<Objection> objections) {
    }

    public List<Item> queue(RegionScope scope, ClaimStatus status) {
        List<AllowanceClaim> list = claims.selectList(new LambdaQueryWrapper<AllowanceClaim>()
                .func(w -> scope.applyTo(w, AllowanceClaim::getRegionPath)).eq(status != null, AllowanceClaim::getStatus, status)
                .orderByAsc(AllowanceClaim::getId).last("LIMIT 200"));
        Map<Long, AllowancePolicy> policies = catalogue.all();
        Map<Long, Worker> people = workers.byIds(list.stream().map(AllowanceClaim::getWorkerId).distinct().toList());
        return list.stream().map(c -> new Item(c, policies.get(c.getPolicyId()), people.get(c.getWorkerId()),
                claimant(c, people.get(c.getWorkerId())), List.of(), List.of(), List.of())).toList();
    }

    public Item get(RegionScope scope, long id) {
        AllowanceClaim claim = inScope(scope, id);
        Map<Long, AllowancePolicy> policies = catalogue.all();
        Worker person = workers.find(claim.getWorkerId()).orElseThrow();
        return new Item(claim, policies.get(claim.getPolicyId()), person, claimant(claim, person),
                fraud.flags(claim, policies), photos.evidenceOf(id),
                objections.selectList(new LambdaQueryWrapper<Objection>().eq(Objection::getClaimId, id)
                        .orderByAsc(Objection::getId)));
    }

    /** What a claim in scope rests on: course, attendance by session, certificate, placements, follow-ups. */
    public List<String> facts(RegionScope scope, long id) {
        return fraud.facts(inScope(scope, id));
    }

    /** A photo of a claim in scope, for the reviewer's page. */
    public ClaimEvidence photo(RegionScope scope, long claimId, long evidenceId) {
        inScope(scope, claimId);
        return photos.photo(claimId, evidenceId);
    }

    @Transactional
    public void townshipApprove(Actor actor, RegionScope scope, long id) {
        move(actor, scope, id, ClaimStatus.SUBMITTED, ClaimStatus.TOWNSHIP_APPROVED, "乡镇初审通过",
                w -> w.set(AllowanceClaim::getTownshipBy, actor.username()).set(AllowanceClaim::getTownshipAt, now()));
    }

    /** 县审核: by county or prefecture staff, never the person who did the first review. Starts 公示. */
    @Transactional
    public void countyApprove(Actor actor, RegionScope scope, long id) {
        AllowanceClaim claim = inScope(scope, id);
        requireCounty(scope);
        if (actor.username().equals(claim.getTownshipBy())) {
            throw new RuleViolation("初审和县审核必须由不同的人办理。");
        }
        AllowancePolicy policy = catalogue.byId(claim.getPolicyId());
        LocalDate until = today().plusDays(policy.getNoticeDays());
        move(actor, scope, id, ClaimStatus.TOWNSHIP_APPROVED, ClaimStatus.PUBLICISED, "县审核通过,公示至" + until,
                w -> w.set(AllowanceClaim::getCountyBy, actor.username()).set(AllowanceClaim::getCountyAt, now())
                        .set(AllowanceClaim::getNoticeUntil, until));
        tell(claim, "approved", policy, "公示中", "审核通过,公示至" + until,
                "您申请的「" + policy.getName() + "」" + AllowanceRules.yuan(claim.getAmountFen()) + "已审核通过,"
                        + "现在公示" + policy.getNoticeDays() + "天(到" + until.getMonthValue() + "月" + until.getDayOfMonth()
                        + "日)。公示无异议后发放,发放时会再告诉您。" + accountReminder(claim));
    }

    @Transactional
    public void reject(Actor actor, RegionScope scope, long id, String reason) {
        String why = required(reason, "请写明不通过的原因,申请人会看到。");
        AllowanceClaim claim = inScope(scope, id);
        if (!REJECTABLE.contains(claim.getStatus())) {
            throw new RuleViolation("这项申请目前是「" + claim.getStatus().label() + "」,不能驳回。");
        }
        if (claim.getStatus() == ClaimStatus.OBJECTED) {
            requireCounty(scope);
            resolveObjections(actor, id, "异议属实:" + why);
        }
        move(actor, scope, id, claim.getStatus(), ClaimStatus.REJECTED, "不通过:" + why,
                w -> w.set(AllowanceClaim::getReason, why));
        AllowancePolicy policy = catalogue.byId(claim.getPolicyId());
        tell(claim, "rejected", policy, "未通过", why, "您申请的「" + policy.getName() + "」没有通过审核。\n原因:" + why
                + "\n有疑问请找乡镇社会保障站,或回复 投诉。");
    }

    /** Ask the worker for more evidence; they answer in chat (补贴申领 → 补交). */
    @Transactional
    public void askEvidence(Actor actor, RegionScope scope, long id, String request) {
        String what = required(request, "请写明要补充什么材料。");
        AllowanceClaim claim = inScope(scope, id);
        if (claim.getClaimantType() != Claimant.WORKER) {
            throw new RuleViolation("系统生成的申请不用补材料,请核对记录后通过或驳回。");
        }
        move(actor, scope, id, claim.getStatus() == ClaimStatus.TOWNSHIP_APPROVED ? ClaimStatus.TOWNSHIP_APPROVED
                : ClaimStatus.SUBMITTED, ClaimStatus.NEEDS_EVIDENCE, "要求补材料:" + what,
                w -> w.set(AllowanceClaim::getEvidenceRequest, what));
        AllowancePolicy policy = catalogue.byId(claim.getPolicyId());
        tell(claim, "evidence:" + clock.millis(), policy, "待补材料", what,
                "您申请的「" + policy.getName() + "」需要补充材料:" + what + "\n回复 补贴申领,再回复 补交,把照片发过来。");
    }

    /** The county investigated and found nothing: back on the list; payment still waits for the notice's end. */
    @Transactional
    public void dismissObjection(Actor actor, RegionScope scope, long id, String finding) {
        String why = required(finding, "请写明核查结果。");
        requireCounty(scope);
        resolveObjections(actor, id, "异议不成立:" + why);
        move(actor, scope, id, ClaimStatus.OBJECTED, ClaimStatus.PUBLICISED, "异议不成立:" + why, w -> {
        });
    }

    private void resolveObjections(Actor actor, long id, String resolution) {
        objections.update(null, new LambdaUpdateWrapper<Objection>().eq(Objection::getClaimId, id)
                .isNull(Objection::getResolvedAt).set(Objection::getResolvedAt, now())
                .set(Objection::getResolvedBy, actor.username()).set(Objection::getResolution, cut(resolution)));
    }

    String county(String path) {
        String[] codes = path.split("/");
        String code = codes.length > 2 ? codes[2] : codes[codes.length - 1];
        return regions.find(code).map(Region::getName).orElse("");
    }

    /** Claims whose 公示 ended without an open objection: ready for a payment batch. */
    public List<Item> payable(RegionScope scope) {
        return queue(scope, ClaimStatus.PUBLICISED).stream()
                .filter(i -> i.claim().getNoticeUntil().isBefore(today())).toList();
    }

    /** Approved with no account on file: the worker is asked for one now, before the money is batched. */
    private String accountReminder(AllowanceClaim claim) {
        if (claim.getClaimantType() != Claimant.WORKER || accounts.of(claim.getWorkerId()).isPresent()) {
            return "";
        }
        return "\n您还没有登记收款的银行卡或社保卡,请回复 收款账户 登记(本人名下的卡)。";
    }

    void tell(AllowanceClaim claim, String what, AllowancePolicy policy, String state, String note, String body) {
        if (claim.getClaimantType() == Claimant.WORKER) {
            outbox.toWorker(claim.getWorkerId(), Message.single("allowance:" + claim.getId() + ":" + what,
                    policy.getName(), state, cut(note), body));
        }
    }

    /** Who a claim pays, as the ledger and the 公示 list name them: the worker, the employer, the broker, the institution. */
    public String claimant(AllowanceClaim claim, Worker person) {
        return switch (claim.getClaimantType()) {
            case WORKER -> person == null ? "" : person.getName();
            case BROKER -> "经纪人 #" + claim.getClaimantId();
            case EMPLOYER -> {
                String name = jobs.employerName(claim.getClaimantId());
                yield name == null ? "企业 #" + claim.getClaimantId() : name;
            }
            case INSTITUTION -> "培训机构 #" + claim.getClaimantId() + "(免费培训的培训补贴)";
        };
    }

    private interface Change {
        void apply(LambdaUpdateWrapper<AllowanceClaim> wrapper);
    }

    private void move(Actor actor, RegionScope scope, long id, ClaimStatus from, ClaimStatus to, String what, Change change) {
        AllowanceClaim claim = inScope(scope, id);
        if (claim.getStatus() != from) {
            throw new RuleViolation("这项申请目前是「" + claim.getStatus().label() + "」,不能办理这一步。");
        }
        LambdaUpdateWrapper<AllowanceClaim> update = new LambdaUpdateWrapper<AllowanceClaim>()
                .eq(AllowanceClaim::getId, id).eq(AllowanceClaim::getStatus, from)
                .set(AllowanceClaim::getStatus, to).set(AllowanceClaim::getUpdatedAt, now());
        change.apply(update);
        if (claims.update(null, update) != 1) {
            throw new RuleViolation("这项申请刚被别人办理过,请刷新。");
        }
        audit.record(actor, "ALLOWANCE_" + to.name(), "allowance_claim", id, from.label(), cut(what));
    }

    private AllowanceClaim inScope(RegionScope scope, long id) {
        AllowanceClaim claim = claims.selectOne(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getId, id)
                .func(w -> scope.applyTo(w, AllowanceClaim::getRegionPath)));
        if (claim == null) {
            throw new NotFoundInScope("Claim");
        }
        return claim;
    }

    /** County review, objections and payment belong to county or prefecture offices. */
    public static void requireCounty(RegionScope scope) {
        if (scope.path().split("/").length > 3) {
            throw new RuleViolation("这一步由县级或州级工作人员办理。");
        }
    }

    private static String required(String text, String hint) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(hint);
        }
        if (text.strip().length() > 255) {
            throw new RuleViolation("最多255个字。");
        }
        return text.strip();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
