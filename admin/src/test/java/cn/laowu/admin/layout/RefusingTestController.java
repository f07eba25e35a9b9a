package cn.laowu.admin.layout;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Test only: console actions that the rules refuse, and one that shows who acts. */
@Controller
class RefusingTestController {

    @PostMapping("/console/test-only/refused/{id}")
    @RedirectOnRefusal("/console/test-only/page/{id}?year={year}#part")
    String refusedWithATarget(@PathVariable long id, @RequestParam int year) {
        throw new RuleViolation("这一步不允许。");
    }

    @PostMapping("/console/test-only/refused")
    String refusedWithoutATarget() {
        throw new RuleViolation("这一步不允许。");
    }

    @PostMapping("/console/test-only/actor")
    @ResponseBody
    String actor(Actor actor) {
        return actor.username() + "|" + actor.regionPath() + "|" + actor.ip();
    }
}
