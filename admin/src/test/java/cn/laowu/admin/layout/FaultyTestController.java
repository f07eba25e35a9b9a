package cn.laowu.admin.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test only: a console page with a bug, to see what staff get when something unexpected breaks. */
@Controller
class FaultyTestController {

    @GetMapping("/console/test-only/fault")
    String fault() {
        throw new IllegalStateException("secret internal detail");
    }
}
