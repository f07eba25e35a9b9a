package cn.laowu.core.worker;

import cn.laowu.core.support.Text;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real-name archive: registration (chat, console, a village's register), the card as the
 * pipeline and follow-ups update it, the worker's wishes, and the only place ID numbers and phones
 * are opened. The office's edits are {@link WorkerCardEdits}, its lists {@link WorkerArchiveSearch}.
 */
@Service
public class WorkerService {

    private final WorkerMapper workers;
    private final RegionService regions;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkerTally tally;

    public WorkerService(WorkerMapper workers, RegionService regions, PersonalDataProtector protector, AuditLog audit,
                         Clock clock, WorkerTally tally) {
        this.tally = tally;
        this.workers = workers;
        this.regions = regions;
        this.protector = protector;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws WorkerAlreadyRegistered when the ID number is already in the archive, even under a race */
    @Transactional
    public Worker register(NewWorker input) {
        Region home = regions.find(input.homeRegionCode())
                .orElseThrow(() -> new RuleViolation("没有代码为 " + input.homeRegionCode() + " 的地区。"));
        if (input.name() == null || input.name().isBlank() || input.name().trim().length() > 64) {
            throw new RuleViolation("姓名不能为空,最多64个字。");
        }
        String idHash = protector.lookupHash(input.idNumber().value());
        findIdByHash(idHash, false).ifPresent(existing -> {
            throw new WorkerAlreadyRegistered(existing);
        });
        LocalDateTime now = LocalDateTime.now(clock);
        Worker worker = new Worker();
        worker.setName(input.name().trim());
        worker.setGender(input.idNumber().gender().name());
        worker.setBirthDate(input.idNumber().birthDate());
        worker.setIdNumberCipher(protector.encrypt(input.idNumber().value()));
        worker.setIdNumberHash(idHash);
        worker.setIdNumberMasked(input.idNumber().masked());
        CardFields.setPhone(protector, worker, input.phone());
        worker.setHomeRegionCode(home.getCode());
        worker.setHomeRegionPath(home.getPath());
        worker.setPovertyRegistered(input.povertyRegistered());
        worker.setPostSchoolYouth(false);
        worker.setEmploymentStatus(EmploymentStatus.SEEKING);
        worker.setConfirmedAt(now);
        worker.setCreatedAt(now);
        worker.setUpdatedAt(now);
        worker.setVersion(0);
        try {
            workers.insert(worker);
        } catch (DuplicateKeyException e) {
            // A concurrent registration won; a locking read sees its row even inside our snapshot.
            throw new WorkerAlreadyRegistered(findIdByHash(idHash, true).orElseThrow(() -> e));
        }
        tally.added(worker.getId());
        return worker;
    }

    /** Registration from the console: the home village must lie in the clerk's region; audited. */
    @Transactional
    public Worker register(Actor actor, RegionScope scope, NewWorker input) {
        if (!scope.covers(regions.find(input.homeRegionCode()).orElse(null))) {
            throw new RuleViolation("户籍所在村不在您的辖区内。");
        }
        Worker worker = register(input);
        audit.record(actor, "CREATE", "worker", worker.getId(), null, describe(worker));
        return worker;
    }

    /**
     * Registers a checked village register, all or nothing (一村一册). A duplicate ID number that
     * appears between the check and now still rolls the whole register back.
     */
    @Transactional
    public int importAll(Actor actor, RegionScope scope, WorkerImport.Result checked) {
        if (!checked.ok()) {
            throw new RuleViolation("表格有错误,没有导入任何一行。");
        }
        for (WorkerImport.Checked row : checked.valid()) {
            Worker worker = register(actor, scope, row.worker());
            row.details().accept(worker);
            tally.around(List.of(worker.getId()), () -> workers.updateById(worker));
        }
        audit.record(actor, "IMPORT", "worker", null, null, "导入 " + checked.valid().size() + " 人");
        return checked.valid().size();
    }

    public Optional<Worker> find(long id) {
        return Optional.ofNullable(workers.selectById(id));
    }

    public Map<Long, Worker> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : workers.selectByIds(ids).stream().collect(Collectors.toMap(Worker::getId, Function.identity()));
    }

    /** 上岗: the card shows where the worker now works (一人一卡 stays current). */
    public void recordPlacement(long workerId, String workPlace, String employer, String jobTitle, Long wageFen) {
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, workerId)
                .set(Worker::getEmploymentStatus, EmploymentStatus.EMPLOYED)
                .set(Worker::getWorkPlace, workPlace)
                .set(employer != null, Worker::getEmployer, employer)
                .set(Worker::getJobTitle, jobTitle)
                .set(Worker::getMonthlyWageFen, wageFen)
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock))
                .setSql("version = version + 1"));
    }

    /** A follow-up found the worker still there: the wage (when said) and how satisfied they are. */
    public void recordStillEmployed(long workerId, Long wageFen, String satisfaction) {
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, workerId)
                .set(wageFen != null, Worker::getMonthlyWageFen, wageFen)
                .set(Worker::getSatisfaction, satisfaction)
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock)).setSql("version = version + 1"));
    }

    /** A follow-up found the worker gone: 未就业 again, nothing left of the job on the card. */
    public void recordLeftJob(long workerId) {
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, workerId)
                .set(Worker::getEmploymentStatus, EmploymentStatus.SEEKING).set(Worker::getEmployer, null)
                .set(Worker::getWorkPlace, null).set(Worker::getJobTitle, null)
                .set(Worker::getMonthlyWageFen, null).set(Worker::getSatisfaction, null)
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock)).setSql("version = version + 1"));
    }

    /** A worker of the caller's region; anything else does not exist for them. */
    public Worker get(RegionScope scope, long id) {
        Worker worker = workers.selectOne(new LambdaQueryWrapper<Worker>()
                .eq(Worker::getId, id).func(w -> scope.applyTo(w, Worker::getHomeRegionPath)));
        if (worker == null) {
            throw new NotFoundInScope("Worker");
        }
        return worker;
    }

    /** The worker's own wishes, given in chat: what work, where, for how much. */
    @Transactional
    public void updateWishes(long workerId, WorkArea area, String industry, Long expectedWageFen) {
        Worker worker = workers.selectById(workerId);
        if (worker == null) {
            throw new NotFoundInScope("Worker");
        }
        String before = describeWishes(worker);
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, workerId)
                .set(Worker::getIntendedArea, area)
                .set(Worker::getIntendedIndustry, Text.blankToNull(industry))
                .set(Worker::getExpectedWageFen, CardFields.nonNegative(expectedWageFen, "期望月薪"))
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock))
                .setSql("version = version + 1"));
        worker.setIntendedArea(area);
        worker.setIntendedIndustry(Text.blankToNull(industry));
        worker.setExpectedWageFen(expectedWageFen);
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "UPDATE_WISHES", "worker", workerId,
                before, describeWishes(worker));
    }

    private static String describeWishes(Worker w) {
        return "意向地区=" + (w.getIntendedArea() == null ? "" : w.getIntendedArea().label()) + ", 行业="
                + (w.getIntendedIndustry() == null ? "" : w.getIntendedIndustry()) + ", 期望月薪="
                + (w.getExpectedWageFen() == null ? "" : w.getExpectedWageFen() / 100 + "元");
    }

    /** The full phone number, for a clerk who has to call the worker: every look is in the audit log. */
    @Transactional
    public Optional<String> revealPhone(Actor actor, RegionScope scope, long id, String purpose) {
        Worker worker = get(scope, id);
        audit.record(actor, "REVEAL_PHONE", "worker", id, null, purpose);
        return Optional.ofNullable(worker.getPhoneCipher()).map(protector::decrypt);
    }

    /** A one-line description with personal data masked: what the audit log keeps. */
    public static String describe(Worker w) {
        return "姓名=" + Masking.name(w.getName()) + ", 身份证=" + w.getIdNumberMasked() + ", 手机="
                + (w.getPhoneMasked() == null ? "无" : w.getPhoneMasked()) + ", 户籍=" + w.getHomeRegionCode()
                + ", 建档立卡=" + (Boolean.TRUE.equals(w.getPovertyRegistered()) ? "是" : "否")
                + ", 就业=" + (w.getEmploymentStatus() == null ? "" : w.getEmploymentStatus().label())
                + (w.getEmployer() == null ? "" : ", 单位=" + w.getEmployer());
    }


    public Optional<Worker> findByIdNumber(String idNumber) {
        String hash = protector.lookupHash(ChineseIdNumber.normalise(idNumber));
        return Optional.ofNullable(workers.selectOne(new LambdaQueryWrapper<Worker>().eq(Worker::getIdNumberHash, hash)));
    }

    /** Workers of the scope by the keyed hash of their ID number (the poverty list holds only that hash): hash → id. */
    public Map<String, Long> idsByIdNumberHashes(RegionScope scope, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return workers.selectList(new LambdaQueryWrapper<Worker>().in(Worker::getIdNumberHash, hashes)
                        .func(w -> scope.applyTo(w, Worker::getHomeRegionPath))
                        .select(Worker::getId, Worker::getIdNumberHash)).stream()
                .collect(Collectors.toMap(Worker::getIdNumberHash, Worker::getId));
    }

    /** Found on the county's poverty-household list: their 建档立卡 status comes from the list from now on. */
    public void recordPovertyListed(Collection<Long> workerIds) {
        if (!workerIds.isEmpty()) {
            tally.around(workerIds, () -> workers.update(null, new LambdaUpdateWrapper<Worker>()
                    .in(Worker::getId, workerIds).set(Worker::getPovertyRegistered, true)
                    .set(Worker::getUpdatedAt, LocalDateTime.now(clock))));
        }
    }

    /** The homes of these workers, their rows locked to the end of the transaction (in id order: no deadlock). */
    @Transactional
    public Map<Long, String> lockHomes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return workers.selectList(new LambdaQueryWrapper<Worker>().in(Worker::getId, ids)
                        .select(Worker::getId, Worker::getHomeRegionPath).orderByAsc(Worker::getId).last("FOR UPDATE"))
                .stream().collect(Collectors.toMap(Worker::getId, Worker::getHomeRegionPath));
    }

    public String idNumberOf(Worker worker) {
        return protector.decrypt(worker.getIdNumberCipher());
    }

    /**
     * Whether {@code phone} is the phone on the worker's card, compared by keyed hash (the card's
     * phone is never decrypted for it); false for a card with no phone.
     */
    public boolean phoneMatches(Worker worker, String phone) {
        if (worker.getPhoneHash() == null || phone == null) {
            return false;
        }
        String normalised = normalisePhone(phone);
        return java.security.MessageDigest.isEqual(worker.getPhoneHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                protector.lookupHash(normalised).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public String phoneOf(Worker worker) {
        return protector.decrypt(worker.getPhoneCipher());
    }

    /** 一年一更新: a card not re-confirmed for a year is stale. */
    public boolean needsReconfirmation(Worker worker) {
        return worker.getConfirmedAt().toLocalDate().plusYears(1).isBefore(LocalDate.now(clock));
    }

    private Optional<Long> findIdByHash(String idHash, boolean latestCommitted) {
        Worker existing = workers.selectOne(new LambdaQueryWrapper<Worker>()
                .select(Worker::getId).eq(Worker::getIdNumberHash, idHash)
                .last(latestCommitted, "LOCK IN SHARE MODE"));
        return Optional.ofNullable(existing).map(Worker::getId);
    }

    /** Digits only, full-width folded, +86 dropped: the form that is hashed. */
    public static String normalisePhone(String phone) {
        String digits = ChineseIdNumber.normalise(phone).replaceAll("[^0-9]", "");
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }
}
