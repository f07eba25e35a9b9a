package cn.laowu.core.worker;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The office's changes to a worker's card (一人一卡): a clerk's edit of the whole card, and the
 * yearly 复核. Both bound to the clerk's region and audited, masked.
 */
@Service
public class WorkerCardEdits {

    private final WorkerService service;
    private final WorkerMapper workers;
    private final RegionService regions;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkerTally tally;

    public WorkerCardEdits(WorkerService service, WorkerMapper workers, RegionService regions,
                           PersonalDataProtector protector, AuditLog audit, Clock clock, WorkerTally tally) {
        this.tally = tally;
        this.service = service;
        this.workers = workers;
        this.regions = regions;
        this.protector = protector;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Worker update(Actor actor, RegionScope scope, long id, WorkerEdit edit) {
        Worker worker = service.get(scope, id);
        String before = WorkerService.describe(worker);
        if (edit.name() == null || edit.name().isBlank() || edit.name().trim().length() > 64) {
            throw new RuleViolation("姓名不能为空,最多64个字。");
        }
        Region home = regions.find(edit.homeRegionCode()).orElse(null);
        if (!scope.covers(home)) {
            throw new RuleViolation("户籍所在地不在您的辖区内。");
        }
        worker.setName(edit.name().trim());
        if (edit.phone() != null && !edit.phone().isBlank()) {
            CardFields.setPhone(protector, worker, edit.phone());
        }
        worker.setHomeRegionCode(home.getCode());
        worker.setHomeRegionPath(home.getPath());
        worker.setEducation(Text.blankToNull(edit.education()));
        worker.setSkillLevel(Text.blankToNull(edit.skillLevel()));
        worker.setSkills(Text.blankToNull(edit.skills()));
        worker.setHealth(Text.blankToNull(edit.health()));
        worker.setHouseholdIncomeFen(CardFields.nonNegative(edit.householdIncomeFen(), "家庭收入"));
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
        worker.setMonthlyWageFen(CardFields.nonNegative(edit.monthlyWageFen(), "月薪"));
        worker.setSatisfaction(Text.blankToNull(edit.satisfaction()));
        worker.setWantsJobChange(edit.wantsJobChange());
        worker.setChildrenSchooling(Text.blankToNull(edit.childrenSchooling()));
        worker.setFamilyWithWorker(Text.blankToNull(edit.familyWithWorker()));
        worker.setIntendedArea(edit.intendedArea());
        worker.setIntendedIndustry(Text.blankToNull(edit.intendedIndustry()));
        worker.setIntendedJob(Text.blankToNull(edit.intendedJob()));
        worker.setExpectedWageFen(CardFields.nonNegative(edit.expectedWageFen(), "期望月薪"));
        worker.setServiceNeeds(Text.blankToNull(edit.serviceNeeds()));
        worker.setUpdatedAt(LocalDateTime.now(clock));
        worker.setVersion(edit.version() == null ? worker.getVersion() : edit.version());
        if (tally.around(List.of(id), () -> workers.updateById(worker)) == 0) {
            throw new RuleViolation("这张卡刚被别人改过,请刷新后再改。");
        }
        audit.record(actor, "UPDATE", "worker", id, before, WorkerService.describe(worker));
        return worker;
    }

    /** 一年一更新: the clerk has checked the card with the worker this year. */
    @Transactional
    public Worker confirm(Actor actor, RegionScope scope, long id) {
        Worker worker = service.get(scope, id);
        LocalDateTime now = LocalDateTime.now(clock);
        tally.around(List.of(id), () -> workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, id)
                .set(Worker::getConfirmedAt, now).set(Worker::getUpdatedAt, now)
                .setSql("version = version + 1")));
        audit.record(actor, "CONFIRM", "worker", id, "复核于 " + worker.getConfirmedAt().toLocalDate(),
                "复核于 " + now.toLocalDate());
        return service.get(scope, id);
    }

}
