package cn.laowu.admin.complaint;

import cn.laowu.admin.allowance.AllowanceSection;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.HelpDesk;
import cn.laowu.core.complaint.HelpThread;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who wrote to 人工, for the clerk answering: the name as the role may see it, the masked phone,
 * and one click to their card, open cases, applications and claims (each page checks its own scope).
 */
@Component
class HelpDeskPerson {

    record Link(String label, String href) {
    }

    record Person(String name, String phone, String card, boolean registered, List<Link> cases,
                  List<Link> applications, List<Link> claims) {
    }

    private final HelpDesk desk;
    private final FollowerService followers;
    private final WorkerService workers;
    private final ComplaintFiling filing;
    private final ApplicationService applications;
    private final AllowanceClaims claims;

    HelpDeskPerson(HelpDesk desk, FollowerService followers, WorkerService workers, ComplaintFiling filing,
                   ApplicationService applications, AllowanceClaims claims) {
        this.desk = desk;
        this.followers = followers;
        this.workers = workers;
        this.filing = filing;
        this.applications = applications;
        this.claims = claims;
    }

    Person of(StaffPrincipal me, HelpThread thread) {
        Long workerId = thread.getWorkerId() != null ? thread.getWorkerId()
                : followers.find(thread.getAppid(), thread.getOpenid()).map(Follower::getWorkerId).orElse(null);
        Worker worker = workerId == null ? null : inScope(me, workerId).orElse(null);
        boolean fullName = me.can(Permission.VIEW_WORKERS);
        List<Link> cases = me.can(ComplaintSection.VIEW_COMPLAINTS)
                ? filing.mine(new ComplaintFiling.Complainant(thread.getAppid(), thread.getOpenid(), workerId)).stream()
                .filter(c -> c.getStatus().isOpen())
                .map(c -> new Link(c.getCaseNo() + " · " + c.getKind().label() + " · " + c.getStatus().label(),
                        "/console/complaints/" + c.getId())).toList()
                : List.of();
        if (worker == null) {
            Optional<Complaint> filed = desk.latestComplaint(thread.getAppid(), thread.getOpenid());
            String name = filed.map(Complaint::getComplainantName).orElse(thread.getDisplayName());
            return new Person(fullName ? name : Masking.name(name), filed.map(Complaint::getPhoneMasked).orElse(null),
                    null, false, cases, List.of(), List.of());
        }
        List<Link> applied = me.can(Permission.VIEW_JOBS) ? applications.forWorker(worker.getId()).stream()
                .map(e -> new Link(e.job().getTitle() + " · " + e.application().getStatus().label(),
                        "/console/jobs/" + e.job().getId())).toList() : List.of();
        List<Link> claimed = me.can(AllowanceSection.VIEW_ALLOWANCES) ? claims.mine(worker.getId()).stream()
                .map(v -> new Link((v.policy() == null ? "补贴" : v.policy().getName()) + " · " + v.claim().getStatus().label(),
                        "/console/allowances/" + v.claim().getId())).toList() : List.of();
        return new Person(fullName ? worker.getName() : Masking.name(worker.getName()), worker.getPhoneMasked(),
                fullName ? "/console/workers/" + worker.getId() : null, true, cases, applied, claimed);
    }

    private Optional<Worker> inScope(StaffPrincipal me, long workerId) {
        try {
            return Optional.of(workers.get(me.scope(), workerId));
        } catch (NotFoundInScope elsewhere) {
            return Optional.empty();
        }
    }
}
