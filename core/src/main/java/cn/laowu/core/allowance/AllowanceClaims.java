package cn.laowu.core.allowance;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims as the worker sees them: what they may claim now (and, for the rest, why not in plain
 * words), what the rules give, submitting with the evidence the policy asks for, answering a
 * request for more evidence, and their claims' states. One claim per policy and qualifying event,
 * held by the database's unique key.
 */
@Service
public class AllowanceClaims {

    /** Told to a worker whose claim waits for the county's poverty list. */
    public static final String WAIT = "县里的建档立卡名单还没有核对到您,等名单核对上后转乡镇初审;有疑问请问乡镇社会保障站。";

    static final Set<ApplicationStatus> PLACED = EnumSet.of(ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP,
            ApplicationStatus.STABLE);
    private static final long MAX_COST_FEN = 1_000_000L;

    private final ClaimMapper claims;
    private final EvidenceMapper evidence;
    private final AllowanceCatalogue catalogue;
    private final WorkerService workers;
    private final ApplicationService applications;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final PovertyCheck poverty;

    public AllowanceClaims(ClaimMapper claims, EvidenceMapper evidence, AllowanceCatalogue catalogue,
                           WorkerService workers, ApplicationService applications, Outbox outbox, AuditLog audit,
                           Clock clock, PovertyCheck poverty) {
        this.poverty = poverty;
        this.claims = claims;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.workers = workers;
        this.applications = applications;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One allowance for this worker now: claimable (with the event it would be claimed for), or not
     * with the reason.
     */
    public record Option(AllowancePolicy policy, String reason, String eventKey, Long applicationId, WorkArea area,
                         String placement) {
        public boolean claimable() {
            return reason == null;
        }

        /** A fare of work the worker found alone (no platform placement): where it is, the worker says. */
        public boolean asksArea() {
            return claimable() && asksCost() && applicationId == null && area == null;
        }

        /** This option for work in {@code where}; refused where the policy pays no fare (县内). */
        public Option in(WorkArea where) {
            if (where == null || AllowanceRules.cap(policy, where) == null) {
                throw new RuleViolation("在" + (where == null ? "本县" : where.label()) + "务工,按政策没有路费补助。");
            }
            return new Option(policy, reason, eventKey, applicationId, where, placement);
        }

        public Long capFen() {
            return AllowanceRules.cap(policy, area);
        }

        public List<EvidenceKind> photos() {
            return AllowanceRules.evidence(policy).stream().filter(EvidenceKind::photo).toList();
        }

        public boolean asksCost() {
            return policy.getComputation() == Computation.CAPPED_COST;
        }
    }

    /** A claim with its policy, for "我的补贴" and the console. */
    public record View(AllowanceClaim claim, AllowancePolicy policy) {
    }

    public List<Option> options(long workerId) {
        Worker worker = workers.find(workerId).orElseThrow(() -> new NotFoundInScope("Worker"));
        return catalogue.inForce(worker.getHomeRegionPath()).stream()
                .filter(p -> p.getQualification() != Qualification.BROKER && p.getQualification() != Qualification.EMPLOYER)
                .map(p -> option(worker, p)).toList();
    }

    /** Students up to this age (大学 included) may be offered the 特困学生扶贫助学补助; the school's proof decides. */
    static final int MAX_STUDENT_AGE = 25;

    public Option option(long workerId, long policyId) {
        return options(workerId).stream().filter(o -> o.policy().getId() == policyId).findFirst()
                .orElseThrow(() -> new RuleViolation("这项补贴现在不能申领。"));
    }

    private Option option(Worker worker, AllowancePolicy policy) {
        if (policy.getQualification() == Qualification.TRAINEE) {
            // Not only for 建档立卡 workers: every trainee who completes a course earns it.
            return no(policy, "培训结业(需要证书的取得证书)后,按补贴标准自动生成,不用申请;免费培训的补贴发给培训机构。");
        }
        if (!poverty.qualifies(worker)) {
            return no(policy, "您还不是建档立卡户,这项补贴只发给建档立卡户。");
        }
        return switch (policy.getQualification()) {
            case POVERTY_TRAINEE -> no(policy, "参加岗前培训后,按出勤记录自动生成,不用申请。");
            case POVERTY_CERTIFIED -> no(policy, "培训满" + (policy.getMinMonths() == null ? 6 : policy.getMinMonths())
                    + "个月并取得证书后自动生成,不用申请。");
            case TRAINEE -> throw new IllegalStateException("answered above");
            case POVERTY_POST_SCHOOL -> Boolean.TRUE.equals(worker.getPostSchoolYouth())
                    ? unclaimed(worker, policy, eventKey(policy, null), null, null, null)
                    : no(policy, "您没有登记为两后生(初高中毕业未升学、在读职业院校),如有变化请找乡镇社会保障站。");
            case POVERTY_PLACED -> placementOption(worker, policy);
            case POVERTY_STUDENT -> worker.getBirthDate() != null
                    && worker.getBirthDate().plusYears(MAX_STUDENT_AGE + 1).isAfter(ChinaTime.today(clock))
                    ? unclaimed(worker, policy, eventKey(policy, null), null, null, null)
                    : no(policy, "发给建档立卡家庭在校的特困学生(义务教育到大学),请学生本人或家长帮学生申领。");
            case BROKER, EMPLOYER -> no(policy, "这项补贴发给经纪人或企业。");
        };
    }

    private Option placementOption(Worker worker, AllowancePolicy policy) {
        ApplicationService.Entry placement = applications.forWorker(worker.getId()).stream()
                .filter(e -> PLACED.contains(e.application().getStatus())).findFirst().orElse(null);
        if (placement == null) {
            // 004 第二十条: any 建档立卡 worker in transferred employment, with contract and fare receipts, found
            // through the platform or not. Without a placement on record: once a year, the worker says where.
            return unclaimed(worker, policy, "self:" + ChinaTime.today(clock).getYear(), null, null, "自己外出务工");
        }
        WorkArea area = placement.job().getWorkArea();
        if (policy.getComputation() == Computation.CAPPED_COST && AllowanceRules.cap(policy, area) == null) {
            return no(policy, "这次去「" + placement.job().getTitle() + "」在" + area.label() + "就业,按政策没有路费补助。");
        }
        long applicationId = placement.application().getId();
        return unclaimed(worker, policy, eventKey(policy, applicationId), applicationId, area, placement.job().getTitle());
    }

    private Option unclaimed(Worker worker, AllowancePolicy policy, String eventKey, Long applicationId, WorkArea area,
                             String placement) {
        AllowanceClaim existing = claims.selectOne(new LambdaQueryWrapper<AllowanceClaim>()
                .eq(AllowanceClaim::getPolicyId, policy.getId()).eq(AllowanceClaim::getClaimantType, Claimant.WORKER)
                .eq(AllowanceClaim::getClaimantId, worker.getId()).eq(AllowanceClaim::getEventKey, eventKey));
        if (existing != null) {
            String what = eventKey.startsWith("self:") ? "今年自己外出务工的" + policy.getName()
                    : policy.getFrequency() == Frequency.PER_PLACEMENT ? "这次输出的" + policy.getName()
                    : policy.getFrequency() == Frequency.PER_YEAR ? "今年的" + policy.getName() : policy.getName();
            return no(policy, switch (existing.getStatus()) {
                case PAID -> what + "已经领过了。";
                case REJECTED -> what + "申请没有通过:" + existing.getReason();
                default -> what + "已经申请过了,目前「" + existing.getStatus().label() + "」。";
            });
        }
        return new Option(policy, null, eventKey, applicationId, area, placement);
    }

    private static Option no(AllowancePolicy policy, String reason) {
        return new Option(policy, reason, null, null, null, null);
    }

    private String eventKey(AllowancePolicy policy, Long applicationId) {
        return switch (policy.getFrequency()) {
            case PER_PLACEMENT -> "application:" + applicationId;
            case PER_YEAR -> "year:" + ChinaTime.today(clock).getYear();
            case EVER -> "ever";
            case PER_COURSE -> throw new IllegalStateException("Course claims come from training records");
        };
    }

    /** What the rules give for this claim, and the sentence that explains it. */
    public record Quote(long amountFen, String explanation) {
    }

    public Quote quote(Option option, Long costFen) {
        AllowancePolicy policy = option.policy();
        long amount = AllowanceRules.amount(policy, option.area(), costFen, 0);
        if (policy.getComputation() != Computation.CAPPED_COST) {
            return new Quote(amount, policy.getName() + AllowanceRules.yuan(amount) + "。");
        }
        String cap = option.area().label() + "最多" + AllowanceRules.yuan(option.capFen());
        return new Quote(amount, costFen > option.capFen()
                ? "车费" + AllowanceRules.yuan(costFen) + ",超过" + cap + ",按" + AllowanceRules.yuan(amount) + "补。"
                : "车费" + AllowanceRules.yuan(costFen) + "(" + cap + "),全额补" + AllowanceRules.yuan(amount) + "。");
    }

    /** The worker submits, with the photos the policy asks for; the amount is recomputed here, never taken from the chat. */
    @Transactional
    public AllowanceClaim submit(long workerId, long policyId, Long costFen, List<Photo> photos) {
        return submit(workerId, policyId, null, costFen, photos);
    }

    /** As above; {@code area} is where a worker who found work alone works (asked only then). */
    @Transactional
    public AllowanceClaim submit(long workerId, long policyId, WorkArea area, Long costFen, List<Photo> photos) {
        Option option = option(workerId, policyId);
        if (option.asksArea()) {
            option = option.in(area);
        }
        if (!option.claimable()) {
            throw new RuleViolation(option.reason());
        }
        if (option.asksCost() && (costFen == null || costFen <= 0 || costFen > MAX_COST_FEN)) {
            throw new RuleViolation("车费金额不对,请按票据填写实际花了多少元。");
        }
        for (EvidenceKind kind : option.photos()) {
            if (photos.stream().noneMatch(p -> p.kind() == kind)) {
                throw new RuleViolation("还缺" + kind.label() + "的照片。");
            }
        }
        Worker worker = workers.find(workerId).orElseThrow();
        Quote quote = quote(option, costFen);
        AllowanceClaim claim = newClaim(option.policy(), Claimant.WORKER, workerId, worker, option.applicationId(),
                option.eventKey(), quote.amountFen(), "CHAT", option.placement());
        claim.setCostFen(option.asksCost() ? costFen : null);
        try {
            claims.insert(claim);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("这项补贴已经申请过了,不能重复申请。");
        }
        store(claim.getId(), photos);
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "CLAIM", "allowance_claim", claim.getId(),
                null, option.policy().getName() + " " + AllowanceRules.yuan(claim.getAmountFen()));
        return claim;
    }

    /** Claims generated from records (brokers, employers, training): once per event; a second time changes nothing. */
    Optional<AllowanceClaim> generate(AllowancePolicy policy, Claimant claimant, long claimantId, Worker worker,
                                      Long applicationId, String eventKey, long amountFen, String detail) {
        if (claims.exists(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getPolicyId, policy.getId())
                .eq(AllowanceClaim::getClaimantType, claimant).eq(AllowanceClaim::getClaimantId, claimantId)
                .eq(AllowanceClaim::getEventKey, eventKey))) {
            return Optional.empty();
        }
        AllowanceClaim claim = newClaim(policy, claimant, claimantId, worker, applicationId, eventKey, amountFen,
                "GENERATED", detail);
        try {
            claims.insert(claim);
        } catch (DuplicateKeyException raced) {
            // Generated by a concurrent run of the same event: it stands, and the change that proved it must not fail.
            return Optional.empty();
        }
        audit.record(Actor.system(worker.getHomeRegionPath()), "GENERATE", "allowance_claim", claim.getId(), null,
                policy.getName() + " " + AllowanceRules.yuan(amountFen) + "(" + detail + ")");
        if (claimant == Claimant.WORKER) {
            outbox.toWorker(worker.getId(), Message.single("allowance:" + claim.getId() + ":generated",
                    policy.getName(), claim.getStatus().label(), AllowanceRules.yuan(amountFen),
                    "根据" + detail + ",已为您生成「" + policy.getName() + "」申请," + AllowanceRules.yuan(amountFen)
                            + ",不用另外申请。" + (claim.getStatus() == ClaimStatus.AWAITING_LIST ? WAIT : "")
                            + "审核进度回复 我的补贴 查看。"));
        }
        return Optional.of(claim);
    }

    private AllowanceClaim newClaim(AllowancePolicy policy, Claimant claimant, long claimantId, Worker worker,
                                    Long applicationId, String eventKey, long amountFen, String origin, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        AllowanceClaim claim = new AllowanceClaim();
        claim.setPolicyId(policy.getId());
        claim.setClaimantType(claimant);
        claim.setClaimantId(claimantId);
        claim.setWorkerId(worker.getId());
        claim.setApplicationId(applicationId);
        claim.setEventKey(eventKey);
        claim.setRegionPath(worker.getHomeRegionPath());
        claim.setAmountFen(amountFen);
        claim.setDetail(detail == null ? null : detail.length() > 255 ? detail.substring(0, 255) : detail);
        claim.setOrigin(origin);
        claim.setStatus(poverty.waits(policy, worker) ? ClaimStatus.AWAITING_LIST : ClaimStatus.SUBMITTED);
        claim.setCreatedAt(now);
        claim.setUpdatedAt(now);
        return claim;
    }

    /** The worker's claim waiting for more evidence, if any. */
    public Optional<View> awaitingEvidence(long workerId) {
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getClaimantType, Claimant.WORKER)
                        .eq(AllowanceClaim::getClaimantId, workerId).eq(AllowanceClaim::getStatus, ClaimStatus.NEEDS_EVIDENCE)
                        .orderByAsc(AllowanceClaim::getId).last("LIMIT 1")).stream()
                .map(c -> new View(c, catalogue.byId(c.getPolicyId()))).findFirst();
    }

    /** The worker answers a request for evidence: back to the township's first review. */
    @Transactional
    public AllowanceClaim supply(long workerId, long claimId, List<Photo> photos) {
        if (photos.isEmpty()) {
            throw new RuleViolation("请先发照片。");
        }
        int moved = claims.update(null, new LambdaUpdateWrapper<AllowanceClaim>().eq(AllowanceClaim::getId, claimId)
                .eq(AllowanceClaim::getClaimantType, Claimant.WORKER).eq(AllowanceClaim::getClaimantId, workerId)
                .eq(AllowanceClaim::getStatus, ClaimStatus.NEEDS_EVIDENCE)
                .set(AllowanceClaim::getStatus, ClaimStatus.SUBMITTED).set(AllowanceClaim::getTownshipBy, null)
                .set(AllowanceClaim::getTownshipAt, null).set(AllowanceClaim::getUpdatedAt, LocalDateTime.now(clock)));
        if (moved != 1) {
            throw new RuleViolation("这项申请现在不需要补材料。");
        }
        store(claimId, photos);
        AllowanceClaim claim = claims.selectById(claimId);
        audit.record(new Actor("worker", claim.getRegionPath(), null), "SUPPLY_EVIDENCE", "allowance_claim", claimId,
                ClaimStatus.NEEDS_EVIDENCE.label(), photos.size() + " 张照片");
        return claim;
    }

    /** Every claim a trainee's course earned, whoever is paid (the trainee, or the institution of a free course). */
    List<View> ofCourse(long workerId, long courseId) {
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getWorkerId, workerId)
                        .in(AllowanceClaim::getEventKey, "course:" + courseId, "course:" + courseId + ":worker:" + workerId)
                        .orderByAsc(AllowanceClaim::getId)).stream()
                .map(c -> new View(c, catalogue.byId(c.getPolicyId()))).toList();
    }

    public List<View> mine(long workerId) {
        Map<Long, AllowancePolicy> policies = catalogue.all();
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getWorkerId, workerId)
                        .eq(AllowanceClaim::getClaimantType, Claimant.WORKER).orderByDesc(AllowanceClaim::getId).last("LIMIT 20"))
                .stream().map(c -> new View(c, policies.get(c.getPolicyId()))).toList();
    }

    /** The service subsidies generated for a broker, newest first. */
    public List<View> forBroker(long brokerId) {
        Map<Long, AllowancePolicy> policies = catalogue.all();
        return claims.selectList(new LambdaQueryWrapper<AllowanceClaim>().eq(AllowanceClaim::getClaimantType, Claimant.BROKER)
                        .eq(AllowanceClaim::getClaimantId, brokerId).orderByDesc(AllowanceClaim::getId).last("LIMIT 20"))
                .stream().map(c -> new View(c, policies.get(c.getPolicyId()))).toList();
    }

    private void store(long claimId, List<Photo> photos) {
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
