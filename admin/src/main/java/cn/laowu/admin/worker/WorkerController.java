package cn.laowu.admin.worker;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.worker.WorkerArchiveSearch;
import cn.laowu.core.worker.WorkerCardEdits;
import cn.laowu.core.support.ChinaTime;

import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerAlreadyRegistered;
import cn.laowu.core.worker.WorkerSearch;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 劳动力台账: search, view, register, edit and re-confirm worker cards, all within the user's region. */
@Controller
public class WorkerController {

    static final int PAGE_SIZE = 20;

    private final WorkerService workers;
    private final RegionService regions;
    private final ApplicationService applications;
    private final WorkerArchiveSearch archive;
    private final JobService jobs;
    private final WorkerCardEdits cardEdits;

    public WorkerController(WorkerService workers, RegionService regions, ApplicationService applications,
                            JobService jobs, WorkerArchiveSearch archive, WorkerCardEdits cardEdits) {
        this.cardEdits = cardEdits;
        this.archive = archive;
        this.workers = workers;
        this.regions = regions;
        this.applications = applications;
        this.jobs = jobs;
    }

    @GetMapping("/console/workers")
    public String list(@AuthenticationPrincipal StaffPrincipal me,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) String region,
                       @RequestParam(required = false) Boolean poverty,
                       @RequestParam(defaultValue = "false") boolean stale,
                       @RequestParam(defaultValue = "1") long page,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Model model) {
        WorkerSearch search = new WorkerSearch(q, region, poverty, stale);
        Page<Worker> result = archive.search(me.scope(), search, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("search", search);
        model.addAttribute("regionNames", regionNames(me));
        model.addAttribute("villageOptions", regions.inScope(me.scope()));
        model.addAttribute("canEdit", me.can(Permission.EDIT_WORKERS));
        model.addAttribute("canExportFull", me.can(Permission.EXPORT_FULL));
        model.addAttribute("staleIds", result.getRecords().stream().filter(workers::needsReconfirmation)
                .map(Worker::getId).collect(Collectors.toSet()));
        // htmx asks for the table only, so typing in the search box updates it in place.
        return htmx != null ? "console/workers/list :: table" : "console/workers/list";
    }

    @GetMapping("/console/workers/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        Worker worker = workers.get(me.scope(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WorkerForm.of(worker));
        }
        model.addAttribute("worker", worker);
        // The age, not the birth date: beside the village and the ID's last digits a birth date rebuilds the ID.
        model.addAttribute("age", Masking.ageThisYear(worker.getBirthDate(), LocalDate.now(ChinaTime.ZONE)));
        model.addAttribute("stale", workers.needsReconfirmation(worker));
        model.addAttribute("regionNames", regionNames(me));
        model.addAttribute("villages", villages(me));
        model.addAttribute("canEdit", me.can(Permission.EDIT_WORKERS));
        addApplications(model, worker);
        // The worker lives in the viewer's scope, so any job they applied to opens for whoever may see jobs.
        model.addAttribute("canOpenJobs", me.can(Permission.VIEW_JOBS));
        addChoices(model);
        return "console/workers/detail";
    }

    @PostMapping("/console/workers/{id}")
    public String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @ModelAttribute("form") WorkerForm form, Actor actor,
                         RedirectAttributes flash, Model model) {
        try {
            cardEdits.update(actor, me.scope(), id, form.toEdit());
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
            return detail(me, id, model);
        }
        flash.addFlashAttribute("success", "已保存。");
        return "redirect:/console/workers/" + id;
    }

    @PostMapping("/console/workers/{id}/confirm")
    public String confirm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                          Actor actor, RedirectAttributes flash) {
        cardEdits.confirm(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已记录本年度复核。");
        return "redirect:/console/workers/" + id;
    }

    @GetMapping("/console/workers/new")
    public String newForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WorkerForm());
        }
        model.addAttribute("villages", villages(me));
        return "console/workers/new";
    }

    @PostMapping("/console/workers")
    public String register(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") WorkerForm form,
                           Actor actor, RedirectAttributes flash, Model model) {
        try {
            ChineseIdNumber id = ChineseIdNumber.parse(form.getIdNumber());
            Worker worker = workers.register(actor, me.scope(),
                    new NewWorker(form.getName(), id, form.getPhone(), form.getHomeRegionCode(),
                            form.isPovertyRegistered()));
            flash.addFlashAttribute("success", "已建档。请补全其他信息。");
            return "redirect:/console/workers/" + worker.getId();
        } catch (ChineseIdNumber.InvalidIdNumber e) {
            model.addAttribute("error", e.hint());
        } catch (WorkerAlreadyRegistered e) {
            model.addAttribute("error", "这个身份证号已经建档,不能重复登记。");
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        return newForm(me, model);
    }

    private Map<String, String> regionNames(StaffPrincipal me) {
        return regions.inScope(me.scope()).stream().collect(Collectors.toMap(Region::getCode, Region::getName));
    }

    /** Villages of the scope, labelled with their township so two 新村 can be told apart. */
    private List<Map.Entry<String, String>> villages(StaffPrincipal me) {
        List<Region> all = regions.inScope(me.scope());
        Map<String, Region> byCode = all.stream().collect(Collectors.toMap(Region::getCode, Function.identity()));
        return all.stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE)
                .map(v -> Map.entry(v.getCode(), byCode.containsKey(v.getParentCode())
                        ? byCode.get(v.getParentCode()).getName() + " · " + v.getName() : v.getName()))
                .toList();
    }

    /** 报名与上岗: every application of the worker, wherever the job is, and those that led to 上岗. */
    private void addApplications(Model model, Worker worker) {
        List<ApplicationService.Entry> entries = applications.forWorker(worker.getId());
        Map<Long, String> employerByJob = jobs.cards(entries.stream().map(ApplicationService.Entry::job)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.job().getId(), c -> c.employer() == null ? "—" : c.employer().getName(), (a, b) -> a));
        model.addAttribute("applications", entries);
        model.addAttribute("placements", entries.stream().filter(e -> e.application().getPlacedAt() != null).toList());
        model.addAttribute("employerByJob", employerByJob);
    }

    private static void addChoices(Model model) {
        model.addAttribute("statuses", EmploymentStatus.values());
        model.addAttribute("areas", WorkArea.values());
    }
}
