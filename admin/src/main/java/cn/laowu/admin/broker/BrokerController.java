package cn.laowu.admin.broker;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.broker.BindingToken;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerBinding;
import cn.laowu.core.account.OfficialAccount;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.account.QrLinks;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.jobpage.BrokerFunnel;
import cn.laowu.core.broker.Scene;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 经纪人: the labour brokers an office registers, the one-time code that binds a broker's WeChat,
 * the broker's QR codes (their own and one per open job), the applications credited to them, and
 * 停用/启用 of a broker.
 */
@Controller
public class BrokerController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BrokerService brokers;
    private final RegionService regions;
    private final JobService jobs;
    private final QrLinks qrLinks;
    private final OfficialAccounts accounts;
    private final Clock clock;
    private final BrokerFunnel funnel;

    public BrokerController(BrokerService brokers, RegionService regions, JobService jobs, QrLinks qrLinks,
                            OfficialAccounts accounts, Clock clock, BrokerFunnel funnel) {
        this.funnel = funnel;
        this.brokers = brokers;
        this.regions = regions;
        this.jobs = jobs;
        this.qrLinks = qrLinks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A broker as the list shows it. */
    public record Row(Broker broker, String regionName, int boundCount) {
    }

    /** A bound WeChat identity: on which official account, since when. */
    public record Bound(String appid, String account, LocalDateTime boundAt) {
    }

    /** An open job of the office with the broker's signed share links for it. */
    public record JobShare(JobService.JobCard card, List<QrLinks.QrLink> links) {
    }

    @GetMapping("/console/brokers")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            BrokerForm form = new BrokerForm();
            form.setRegionCode(me.regionCode());
            model.addAttribute("form", form);
        }
        List<Region> inScope = regions.inScope(me.scope());
        Map<String, String> names = inScope.stream().collect(Collectors.toMap(Region::getCode, Region::getName));
        model.addAttribute("rows", brokers.list(me.scope()).stream()
                .map(b -> new Row(b, names.getOrDefault(b.getRegionCode(), b.getRegionCode()),
                        brokers.bindings(b.getId()).size()))
                .toList());
        model.addAttribute("regions", inScope);
        model.addAttribute("canManage", me.can(BrokerSection.MANAGE_BROKERS));
        return "console/brokers/list";
    }

    @PostMapping("/console/brokers")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") BrokerForm form,
                         Actor actor, RedirectAttributes flash) {
        try {
            Broker broker = brokers.create(actor, me.scope(), form.getName(),
                    form.getQualification(), form.getRegionCode());
            flash.addFlashAttribute("success", "已登记经纪人「" + broker.getName() + "」。下一步:点“生成绑定码”,"
                    + "请本人用微信扫码绑定,之后就能在公众号里分享岗位、查看自己的推荐记录。");
            return "redirect:/console/brokers/" + broker.getId();
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/console/brokers";
    }

    @GetMapping("/console/brokers/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        Broker broker = brokers.get(me.scope(), id);
        Map<String, String> accountNames = accounts.all().stream()
                .collect(Collectors.toMap(OfficialAccount::appid, OfficialAccount::label, (a, b) -> a));
        List<BrokerBinding> bindings = brokers.bindings(id);
        LocalDate today = ChinaTime.today(clock);
        model.addAttribute("broker", broker);
        model.addAttribute("regionName", regions.find(broker.getRegionCode()).map(Region::getName)
                .orElse(broker.getRegionCode()));
        model.addAttribute("bound", bindings.stream()
                .map(b -> new Bound(b.getAppid(), accountNames.getOrDefault(b.getAppid(), b.getAppid()), b.getBoundAt()))
                .toList());
        model.addAttribute("accountsConfigured", qrLinks.hasAccounts());
        // A disabled broker's codes credit nobody: handing them out would only mislead.
        boolean enabled = Boolean.TRUE.equals(broker.getEnabled());
        model.addAttribute("brokerLinks", enabled ? qrLinks.forScene(Scene.broker(id)) : List.of());
        model.addAttribute("shares", !enabled ? List.of() : jobs.jobs(me.scope()).stream()
                .filter(card -> card.job().isOpenOn(today))
                .map(card -> new JobShare(card, qrLinks.forScene(Scene.jobShare(card.job().getId(), id))))
                .toList());
        List<BrokerService.Referral> referrals = brokers.referrals(id);
        model.addAttribute("referrals", referrals);
        model.addAttribute("eligibleCount", referrals.stream().filter(BrokerService.Referral::subsidyEligible).count());
        model.addAttribute("funnel", funnel.of(id, referrals));
        model.addAttribute("funnelJobs", funnel.perJob(id, referrals));
        Object token = model.asMap().get("bindingToken");
        model.addAttribute("bindingLinks", enabled && token instanceof String t ? qrLinks.forScene(Scene.binding(t))
                : List.of());
        model.addAttribute("canManage", me.can(BrokerSection.MANAGE_BROKERS));
        return "console/brokers/detail";
    }

    /** A fresh one-time binding code; its QR link is shown once, on the page this redirects to. */
    @PostMapping("/console/brokers/{id}/binding-code")
    public String bindingCode(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                              Actor actor, RedirectAttributes flash) {
        BindingToken token = brokers.issueBindingToken(actor, me.scope(), id);
        flash.addFlashAttribute("bindingToken", token.getToken());
        flash.addFlashAttribute("bindingExpiresAt", time(token.getExpiresAt()));
        flash.addFlashAttribute("success", "绑定码已生成,24小时内有效,只能用一次。请经纪人本人用微信扫描下面的二维码完成绑定;"
                + "离开本页后二维码不再显示,需要时可以重新生成。");
        return "redirect:/console/brokers/" + id;
    }

    /** 停用: the broker's codes stop crediting anyone; what was credited stays. The reason is audited. */
    @PostMapping("/console/brokers/{id}/disable")
    @RedirectOnRefusal("/console/brokers/{id}")
    public String disable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                          @RequestParam(required = false) String reason, Actor actor,
                          RedirectAttributes flash) {
        Broker broker = brokers.setEnabled(actor, me.scope(), id, false, reason);
        flash.addFlashAttribute("success", "已停用「" + broker.getName() + "」:二维码不再记推荐,已记的推荐保留。");
        return "redirect:/console/brokers/" + id;
    }

    @PostMapping("/console/brokers/{id}/enable")
    public String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         Actor actor, RedirectAttributes flash) {
        Broker broker = brokers.setEnabled(actor, me.scope(), id, true, null);
        flash.addFlashAttribute("success", "已启用「" + broker.getName() + "」,二维码又能记推荐了。");
        return "redirect:/console/brokers/" + id;
    }

    /** A stored (UTC) time as clerks read it, in China time. */
    public static String time(LocalDateTime utc) {
        return utc == null ? "—" : MINUTES.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE));
    }
}
