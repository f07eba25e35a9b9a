package cn.laowu.admin.allowance;

import cn.idev.excel.FastExcel;
import cn.laowu.admin.excel.XlsxUpload;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.poverty.PovertyLine;
import cn.laowu.core.poverty.PovertyList;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 建档立卡名单: the county (or the 州) imports its poverty-household list, all rows or none, each problem reported
 * by row; the list is kept as keyed hashes of the ID numbers and matched to the workers of its own region.
 */
@Controller
public class PovertyListController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PAGE = "console/allowances/poverty-list";

    private final PovertyList list;

    public PovertyListController(PovertyList list) {
        this.list = list;
    }

    @GetMapping("/console/allowances/poverty-list")
    public String form() {
        return PAGE;
    }

    @GetMapping("/console/allowances/poverty-list/template")
    public void template(HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("建档立卡名单模板.xlsx", StandardCharsets.UTF_8));
        FastExcel.write(response.getOutputStream(), PovertyListRow.class).sheet("名单").doWrite(List.of());
    }

    @PostMapping("/console/allowances/poverty-list")
    public String upload(@AuthenticationPrincipal StaffPrincipal me, @RequestParam("file") MultipartFile file,
                         Actor actor, Model model) {
        List<PovertyLine> lines;
        try (InputStream in = file.getInputStream()) {
            lines = read(in);
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "读不了这个文件。请用“下载模板”得到的 .xlsx 表格(姓名、身份证号、户编号)上传。");
            return PAGE;
        }
        PovertyList.Checked checked = list.check(lines);
        if (!checked.ok()) {
            model.addAttribute("errors", checked.errors());
            model.addAttribute("rows", lines.size());
            return PAGE;
        }
        try {
            PovertyList.Imported done = list.importList(actor, me.scope(), checked);
            model.addAttribute("success", "已导入 " + done.people() + " 人(" + done.households() + " 户),其中 "
                    + done.matched() + " 人已在平台登记,他们等待核对名单的补贴申请已转乡镇初审。");
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        return PAGE;
    }

    /** The first sheet of an .xlsx (refused before parsing when it is not a zip), up to the row limit. */
    static List<PovertyLine> read(InputStream raw) throws IOException {
        return XlsxUpload.read(raw, PovertyListRow.class, PovertyListRow::isBlank,
                (row, number) -> new PovertyLine(number, row.getName(), row.getIdNumber(), row.getHouseholdNo()),
                PovertyList.MAX_ROWS);
    }
}
