package cn.laowu.admin.allowance;

import cn.laowu.core.allowance.Objections;
import cn.laowu.core.allowance.PublicNotice;
import cn.laowu.core.region.Region;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 补贴公示: the H5 page the account links to, readable without login (outside /console, so the
 * console's security does not apply): de-identified rows with their 公示期 and 有异议 marks, the
 * office answering for the list and its 举报电话. Inside WeChat an objection goes through the bot's
 * page (WeChat OAuth says who objects); outside WeChat this form takes it with a phone number the
 * office calls back. Anonymous objections are refused.
 */
@Controller
public class PublicNoticeController {

    private final PublicNotice notice;
    private final Objections objections;

    public PublicNoticeController(PublicNotice notice, Objections objections) {
        this.notice = notice;
        this.objections = objections;
    }

    @GetMapping("/notice/allowances/{regionCode}")
    public String notice(@PathVariable String regionCode, HttpServletRequest request, Model model) {
        Region region = notice.region(regionCode);
        model.addAttribute("region", region);
        model.addAttribute("office", notice.office(region));
        model.addAttribute("rows", notice.rows(regionCode));
        String agent = request.getHeader("User-Agent");
        model.addAttribute("inWeChat", agent != null && agent.contains("MicroMessenger"));
        return "notice/allowances";
    }

    @PostMapping("/notice/allowances/{regionCode}")
    public String object(@PathVariable String regionCode, @RequestParam(required = false) String number,
                         @RequestParam(required = false) String text, @RequestParam(required = false) String phone,
                         HttpServletRequest request, Model model) {
        Region region = notice.region(regionCode);
        try {
            if (number == null || number.isBlank()) {
                throw new RuleViolation("请填写名单上的编号。");
            }
            objections.lodge(region.getPath(), number, text, Objections.Objector.phone(phone), "PAGE",
                    request.getRemoteAddr());
            model.addAttribute("success", "已收到您的异议。工作人员会打您留的电话核实;核查清楚前这一条标为“有异议”,不会发放。谢谢您的监督!");
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("text", text);
            model.addAttribute("number", number);
        }
        return notice(regionCode, request, model);
    }

    @ExceptionHandler(NotFoundInScope.class)
    public String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("missing", true);
        return "notice/allowances";
    }
}
