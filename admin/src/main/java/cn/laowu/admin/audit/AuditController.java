package cn.laowu.admin.audit;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 操作日志: who changed what, when, from where, within the admin's region. Personal data is masked at write time. */
@Controller
public class AuditController {

    private final AuditLog audit;
    private final AuditLabels labels;

    public AuditController(AuditLog audit, AuditLabels labels) {
        this.audit = audit;
        this.labels = labels;
    }

    @GetMapping("/console/audit")
    public String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "1") long page,
                       Model model) {
        model.addAttribute("result", audit.search(me.scope(), page, 50));
        model.addAttribute("labels", labels);
        return "console/audit";
    }
}
