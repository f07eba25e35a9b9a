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
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The real-name archive. The only place where ID numbers and phones are sealed and opened. */
@Service
public class WorkerService {

    private final WorkerMapper workers;
    private final RegionService regions;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;

    public WorkerService(WorkerMapper workers, RegionService regions, PersonalDataProtector protector, AuditLog audit,
                         Clock clock) {
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
        setPhone(worker, input.phone());
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
            workers.updateById(worker);
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
                .eq(Worker::getId, id).likeRight(Worker::getHomeRegionPath, scope.path()));
        if (worker == null) {
            throw new NotFoundInScope("Worker");
        }
        return worker;
    }

    public Page<Worker> search(RegionScope scope, WorkerSearch query, long page, long size) {
        return workers.selectPage(Page.of(Math.max(1, page), Math.min(Math.max(1, size), 200)), where(scope, query)
                .orderByDesc(Worker::getId));
    }

    public long count(RegionScope scope, WorkerSearch query) {
        return workers.selectCount(where(scope, query));
    }

    /**
     * Streams the archive of a scope in id order, a batch at a time (keyset paging), so an export
     * of a whole prefecture never holds more than one batch in memory.
     */
    @Transactional(readOnly = true) // on the replica when one is configured; one consistent snapshot
    public void forEachBatch(RegionScope scope, WorkerSearch query, int batchSize, Consumer<List<Worker>> batch) {
        long after = 0;
        while (true) {
            List<Worker> rows = workers.selectList(where(scope, query).gt(Worker::getId, after)
                    .orderByAsc(Worker::getId).last("LIMIT " + batchSize));
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            after = rows.get(rows.size() - 1).getId();
            if (rows.size() < batchSize) {
                return;
            }
        }
    }

    @Transactional
    public Worker update(Actor actor, RegionScope scope, long id, WorkerEdit edit) {
        Worker worker = get(scope, id);
        String before = describe(worker);
        if (edit.name() == null || edit.name().isBlank() || edit.name().trim().length() > 64) {
            throw new RuleViolation("姓名不能为空,最多64个字。");
        }
        Region home = regions.find(edit.homeRegionCode()).orElse(null);
        if (!scope.covers(home)) {
            throw new RuleViolation("户籍所在地不在您的辖区内。");
        }
        worker.setName(edit.name().trim());
        if (edit.phone() != null && !edit.phone().isBlank()) {
            setPhone(worker, edit.phone());
        }
        worker.setHomeRegionCode(home.getCode());
        worker.setHomeRegionPath(home.getPath());
        worker.setEducation(Text.blankToNull(edit.education()));
        worker.setSkillLevel(Text.blankToNull(edit.skillLevel()));
        worker.setSkills(Text.blankToNull(edit.skills()));
        worker.setHealth(Text.blankToNull(edit.health()));
        worker.setHouseholdIncomeFen(nonNegative(edit.householdIncomeFen(), "家庭收入"));
        if (edit.familyMembers() != null && (edit.familyMembers() < 1 || edit.familyMembers() > 30)) {
            throw new RuleViolation("家庭人口应在1到30之间。");
        }
        worker.setFamilyMembers(edit.familyMembers());
        worker.setPovertyRegistered(edit.povertyRegistered());
        worker.setPostSchoolYouth(edit.postSchoolYouth());
        worker.setEmploymentStatus(edit.employmentStatus() == null ? EmploymentStatus.SEEKING : edit.employmentStatus());
        worker.setWorkPlace(Text.blankToNull(edit.workPlace()));
        worker.setEmployer(Text.blankToNull(edit.employer()));
        worker.setJobTitle(Text.blankToNull(edit.jobTitle()));
        worker.setMonthlyWageFen(nonNegative(edit.monthlyWageFen(), "月薪"));
        worker.setSatisfaction(Text.blankToNull(edit.satisfaction()));
        worker.setWantsJobChange(edit.wantsJobChange());
        worker.setChildrenSchooling(Text.blankToNull(edit.childrenSchooling()));
        worker.setFamilyWithWorker(Text.blankToNull(edit.familyWithWorker()));
        worker.setIntendedArea(edit.intendedArea());
        worker.setIntendedIndustry(Text.blankToNull(edit.intendedIndustry()));
        worker.setIntendedJob(Text.blankToNull(edit.intendedJob()));
        worker.setExpectedWageFen(nonNegative(edit.expectedWageFen(), "期望月薪"));
        worker.setServiceNeeds(Text.blankToNull(edit.serviceNeeds()));
        worker.setUpdatedAt(LocalDateTime.now(clock));
        worker.setVersion(edit.version() == null ? worker.getVersion() : edit.version());
        if (workers.updateById(worker) == 0) {
            throw new RuleViolation("这张卡刚被别人改过,请刷新后再改。");
        }
        audit.record(actor, "UPDATE", "worker", id, before, describe(worker));
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
                .set(Worker::getExpectedWageFen, nonNegative(expectedWageFen, "期望月薪"))
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock))
                .setSql("version = version + 1"));
        worker.setIntendedArea(area);
        worker.setIntendedIndustry(Text.blankToNull(industry));
        worker.setExpectedWageFen(expectedWageFen);
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "UPDATE_WISHES", "worker", workerId,
                before, describeWishes(worker));
    }

    /** The worker corrects their own phone number or skills in chat; name, ID and village stay with the office. */
    @Transactional
    public Worker correctByWorker(long workerId, String phone, String skills) {
        Worker worker = workers.selectById(workerId);
        if (worker == null) {
            throw new NotFoundInScope("Worker");
        }
        String before = describe(worker) + (worker.getSkills() == null ? "" : ", 技能=" + worker.getSkills());
        setPhone(worker, phone);
        if (skills != null) {
            if (skills.isBlank() || skills.trim().length() > 255) {
                throw new RuleViolation("技能写255个字以内,比如 电焊、开叉车、会做饭。");
            }
            worker.setSkills(skills.trim());
        }
        worker.setUpdatedAt(LocalDateTime.now(clock));
        if (workers.updateById(worker) == 0) {
            throw new RuleViolation("您的信息刚被工作人员改过,请再试一次。");
        }
        audit.record(new Actor("worker", worker.getHomeRegionPath(), null), "SELF_CORRECT", "worker", workerId,
                before, describe(worker) + (worker.getSkills() == null ? "" : ", 技能=" + worker.getSkills()));
        return worker;
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

    /** 一年一更新: the clerk has checked the card with the worker this year. */
    @Transactional
    public Worker confirm(Actor actor, RegionScope scope, long id) {
        Worker worker = get(scope, id);
        LocalDateTime now = LocalDateTime.now(clock);
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, id)
                .set(Worker::getConfirmedAt, now).set(Worker::getUpdatedAt, now)
                .setSql("version = version + 1"));
        audit.record(actor, "CONFIRM", "worker", id, "复核于 " + worker.getConfirmedAt().toLocalDate(),
                "复核于 " + now.toLocalDate());
        return get(scope, id);
    }

    /** A one-line description with personal data masked: what the audit log keeps. */
    public static String describe(Worker w) {
        return "姓名=" + Masking.name(w.getName()) + ", 身份证=" + w.getIdNumberMasked() + ", 手机="
                + (w.getPhoneMasked() == null ? "无" : w.getPhoneMasked()) + ", 户籍=" + w.getHomeRegionCode()
                + ", 建档立卡=" + (Boolean.TRUE.equals(w.getPovertyRegistered()) ? "是" : "否")
                + ", 就业=" + (w.getEmploymentStatus() == null ? "" : w.getEmploymentStatus().label())
                + (w.getEmployer() == null ? "" : ", 单位=" + w.getEmployer());
    }

    private LambdaQueryWrapper<Worker> where(RegionScope scope, WorkerSearch query) {
        LambdaQueryWrapper<Worker> where = new LambdaQueryWrapper<Worker>()
                .likeRight(Worker::getHomeRegionPath, scope.path());
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            Region region = regions.find(query.regionCode()).orElse(null);
            // A region outside the scope narrows to nothing rather than widening anything.
            where.likeRight(Worker::getHomeRegionPath, scope.covers(region) ? region.getPath() : "/none/");
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            String id = ChineseIdNumber.normalise(text);
            if (id.matches("\\d{17}[\\dX]")) {
                where.eq(Worker::getIdNumberHash, protector.lookupHash(id));
            } else {
                where.likeRight(Worker::getName, text);
            }
        }
        if (query.povertyRegistered() != null) {
            where.eq(Worker::getPovertyRegistered, query.povertyRegistered());
        }
        if (query.staleOnly()) {
            where.lt(Worker::getConfirmedAt, LocalDateTime.now(clock).minusYears(1));
        }
        return where;
    }

    private static Long nonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new RuleViolation(field + "不能是负数。");
        }
        return value;
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
                        .likeRight(Worker::getHomeRegionPath, scope.path())
                        .select(Worker::getId, Worker::getIdNumberHash)).stream()
                .collect(Collectors.toMap(Worker::getIdNumberHash, Worker::getId));
    }

    /** Found on the county's poverty-household list: their 建档立卡 status comes from the list from now on. */
    public void recordPovertyListed(Collection<Long> workerIds) {
        if (!workerIds.isEmpty()) {
            workers.update(null, new LambdaUpdateWrapper<Worker>()
                    .in(Worker::getId, workerIds).set(Worker::getPovertyRegistered, true)
                    .set(Worker::getUpdatedAt, LocalDateTime.now(clock)));
        }
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

    private void setPhone(Worker worker, String phone) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        String normalised = normalisePhone(phone);
        if (!normalised.matches("1\\d{10}")) {
            throw new RuleViolation("手机号应为11位数字,以1开头。");
        }
        worker.setPhoneCipher(protector.encrypt(normalised));
        worker.setPhoneHash(protector.lookupHash(normalised));
        worker.setPhoneMasked(Masking.phone(normalised));
    }

    /** Digits only, full-width folded, +86 dropped: the form that is hashed. */
    public static String normalisePhone(String phone) {
        String digits = ChineseIdNumber.normalise(phone).replaceAll("[^0-9]", "");
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }
}
