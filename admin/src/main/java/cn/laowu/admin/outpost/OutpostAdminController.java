package cn.laowu.admin.outpost;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

/**
 * 驻外机构 for the 州 and county offices: set up an outpost under one of their offices, with the
 * area it serves (destination codes; an unknown code or a place another outpost serves is refused
 * and nothing changes), and put its 站长 and 工作人员 on its duty list.
 */
@Controller
public class OutpostAdminController {

    private final OutpostService outposts;
    private final RegionService regions;
    private final DestinationDivisions divisions;

    public OutpostAdminController(OutpostService outposts, RegionService regions, DestinationDivisions divisions) {
        this.outposts = outposts;
        this.regions = regions;
        this.divisions = divisions;
    }

    @GetMapping("/console/outposts")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("outposts", outposts.list(me.scope()));
        model.addAttribute("offices", regions.inScope(me.scope()).stream()
                .filter(r -> r.getLevel() == RegionLevel.PREFECTURE || r.getLevel() == RegionLevel.COUNTY).toList());
        model.addAttribute("places", divisions.all());
        model.addAttribute("names", divisions);
        model.addAttribute("canManage", OutpostSection.MANAGE_OUTPOSTS.allows(me.role()));
        return "console/outposts/list";
    }

    @PostMapping("/console/outposts")
    @RedirectOnRefusal("/console/outposts")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String name,
                         @RequestParam(required = false) String parentRegionCode, @RequestParam(required = false) String address,
                         @RequestParam(required = false) String phone, @RequestParam(required = false) String hours,
                         @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
                         @RequestParam(required = false) String appid, @RequestParam(required = false) String areaCodes,
                         Actor actor, RedirectAttributes flash) {
        Outpost o = outposts.create(actor, me.scope(), new NewOutpost(name,
                parentRegionCode, address, phone, hours, latitude, longitude, appid, codes(areaCodes)));
        flash.addFlashAttribute("success", "已设立「" + o.name() + "」。下一步:添加站长和工作人员。");
        return "redirect:/console/outposts/" + o.id();
    }

    @GetMapping("/console/outposts/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        Outpost o = outposts.get(me.scope(), id);
        model.addAttribute("outpost", o);
        model.addAttribute("parent", regions.find(o.parentRegionCode()).map(Region::getName).orElse(""));
        model.addAttribute("area", outposts.area(id));
        model.addAttribute("names", divisions);
        model.addAttribute("members", outposts.members(id));
        model.addAttribute("roles", OutpostRole.values());
        model.addAttribute("canManage", OutpostSection.MANAGE_OUTPOSTS.allows(me.role()));
        return "console/outposts/detail";
    }

    @PostMapping("/console/outposts/{id}/area")
    @RedirectOnRefusal("/console/outposts/{id}")
    public String area(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(required = false) String areaCodes, Actor actor,
                       RedirectAttributes flash) {
        outposts.setArea(actor, me.scope(), id, codes(areaCodes));
        flash.addFlashAttribute("success", "服务区域已更新。");
        return "redirect:/console/outposts/" + id;
    }

    @PostMapping("/console/outposts/{id}/members")
    @RedirectOnRefusal("/console/outposts/{id}")
    public String member(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                         @RequestParam(required = false) OutpostRole role, @RequestParam(required = false) String phone,
                         Actor actor, RedirectAttributes flash) {
        var issued = outposts.addMember(actor, me.role(), me.scope(), id,
                new OutpostService.NewMember(username, displayName, role, phone, null, null));
        flash.addFlashAttribute("success", "已添加 " + issued.account().getUsername() + ",临时密码 "
                + issued.temporaryPassword() + "(只显示这一次,首次登录须修改)。");
        return "redirect:/console/outposts/" + id;
    }

    @PostMapping("/console/outposts/{id}/close")
    public String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                        RedirectAttributes flash) {
        outposts.close(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已撤销,服务区域已释放。");
        return "redirect:/console/outposts";
    }

    /** "441900119, 441900118" or one per line. */
    static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,,、;;]+")).filter(s -> !s.isBlank()).toList();
    }
}
