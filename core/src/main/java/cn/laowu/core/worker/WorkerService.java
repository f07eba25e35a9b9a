package cn.laowu.core.worker;

import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** The real-name archive. The only place where ID numbers and phones are sealed and opened. */
@Service
public class WorkerService {

    private final WorkerMapper workers;
    private final RegionService regions;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public WorkerService(WorkerMapper workers, RegionService regions, PersonalDataProtector protector, Clock clock) {
        this.workers = workers;
        this.regions = regions;
        this.protector = protector;
        this.clock = clock;
    }

    /** @throws WorkerAlreadyRegistered when the ID number is already in the archive, even under a race */
    @Transactional
    public Worker register(NewWorker input) {
        Region home = regions.get(input.homeRegionCode());
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
        try {
            workers.insert(worker);
        } catch (DuplicateKeyException e) {
            // A concurrent registration won; a locking read sees its row even inside our snapshot.
            throw new WorkerAlreadyRegistered(findIdByHash(idHash, true).orElseThrow(() -> e));
        }
        return worker;
    }

    public Optional<Worker> find(long id) {
        return Optional.ofNullable(workers.selectById(id));
    }

    public Optional<Worker> findByIdNumber(String idNumber) {
        String hash = protector.lookupHash(ChineseIdNumber.normalise(idNumber));
        return Optional.ofNullable(workers.selectOne(new LambdaQueryWrapper<Worker>().eq(Worker::getIdNumberHash, hash)));
    }

    public String idNumberOf(Worker worker) {
        return protector.decrypt(worker.getIdNumberCipher());
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
            throw new IllegalArgumentException("手机号应为11位数字,以1开头");
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
