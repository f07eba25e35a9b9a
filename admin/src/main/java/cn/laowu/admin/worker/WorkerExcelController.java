package cn.laowu.admin.worker;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.WorkerArchiveSearch;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.laowu.admin.excel.XlsxUpload;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.ImportLine;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerAlreadyRegistered;
import cn.laowu.core.worker.WorkerImport;
import cn.laowu.core.worker.WorkerSearch;
import cn.laowu.core.worker.WorkerService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Excel ledgers (台账): the archive exported for the user's region, streamed a batch at a time so
 * memory stays flat; and the village register (一村一册) imported all or nothing, with every bad
 * cell reported by row and column.
 */
@Controller
public class WorkerExcelController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BATCH = 2_000;

    private final WorkerService workers;
    private final WorkerImport importer;
    private final RegionService regions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final WorkerArchiveSearch archive;

    public WorkerExcelController(WorkerService workers, WorkerImport importer, RegionService regions, AuditLog audit,
                                 TransactionTemplate transaction, WorkerArchiveSearch archive) {
        this.archive = archive;
        this.workers = workers;
        this.importer = importer;
        this.regions = regions;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/console/workers/export")
    public void exportMasked(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) Boolean poverty,
                             @RequestParam(defaultValue = "false") boolean stale,
                             Actor actor, HttpServletResponse response) throws IOException {
        export(me, new WorkerSearch(q, region, poverty, stale), false, actor, response);
    }

    /** Unmasked: only for roles allowed by the security rules, and always in the audit log. */
    @GetMapping("/console/workers/export/full")
    public void exportFull(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
                           @RequestParam(required = false) String region,
                           @RequestParam(required = false) Boolean poverty,
                           @RequestParam(defaultValue = "false") boolean stale,
                           Actor actor, HttpServletResponse response) throws IOException {
        export(me, new WorkerSearch(q, region, poverty, stale), true, actor, response);
    }

    private void export(StaffPrincipal me, WorkerSearch search, boolean full, Actor actor,
                        HttpServletResponse response) throws IOException {
        RegionScope scope = me.scope();
        long count = archive.count(scope, search);
        transaction.executeWithoutResult(status -> audit.record(actor, full ? "EXPORT_FULL" : "EXPORT_MASKED",
                "worker", null, null, "导出 " + count + " 人" + (full ? "(含完整身份证号和手机号)" : "(脱敏)")
                        + describe(search)));
        Map<String, String> names = regions.inScope(scope).stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName));
        String fileName = "劳动力台账-" + LocalDate.now(ChinaTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE)
                + (full ? "-完整" : "") + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        try (ExcelWriter writer = FastExcel.write(response.getOutputStream(), ExportRow.class).build()) {
            WriteSheet sheet = FastExcel.writerSheet("劳动力台账").build();
            archive.forEachBatch(scope, search, BATCH, batch ->
                    writer.write(batch.stream().map(w -> row(w, names, full)).toList(), sheet));
        }
    }

    @GetMapping("/console/workers/import/template")
    public void template(HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("村劳动力台账模板.xlsx", StandardCharsets.UTF_8));
        try (ExcelWriter writer = FastExcel.write(response.getOutputStream()).build()) {
            writer.write(List.of(), FastExcel.writerSheet(0, "台账").head(ImportRow.class).build());
            List<List<String>> notes = List.of(
                    List.of("从第2行起每行填一个人,第1行标题不要改。"),
                    List.of("必填:姓名、身份证号(18位)、村(填12位区划代码,或辖区内不重名的村名)。"),
                    List.of("是/否列填\"是\"或\"否\";金额填元;就业状态填\"已就业\"或\"未就业\"。"),
                    List.of("整张表没有错误才会导入;有错误时会列出每一处(行号、列、原因),一个人也不会导入。"),
                    List.of("已经建档的人(身份证号相同)不能重复导入,请在台账里修改。"));
            writer.write(notes, FastExcel.writerSheet(1, "填写说明").head(List.of(List.of("填写说明"))).build());
        }
    }

    @GetMapping("/console/workers/import")
    public String importForm() {
        return "console/workers/import";
    }

    @PostMapping("/console/workers/import")
    public String importRegister(@AuthenticationPrincipal StaffPrincipal me, @RequestParam("file") MultipartFile file,
                                 Actor actor, Model model, RedirectAttributes flash) {
        List<ImportLine> lines;
        try (InputStream in = file.getInputStream()) {
            lines = read(in);
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "读不了这个文件。请用“下载模板”得到的 .xlsx 表格填写后上传。");
            return "console/workers/import";
        }
        WorkerImport.Result result = importer.check(me.scope(), lines);
        if (!result.ok()) {
            model.addAttribute("errors", result.errors());
            model.addAttribute("rows", lines.size());
            return "console/workers/import";
        }
        try {
            int imported = workers.importAll(actor, me.scope(), result);
            flash.addFlashAttribute("success", "已导入 " + imported + " 人。");
            return "redirect:/console/workers";
        } catch (RuleViolation | WorkerAlreadyRegistered e) {
            model.addAttribute("error", "导入时发现有人刚被别人登记过,整张表没有导入。请重新上传。");
            return "console/workers/import";
        }
    }

    /** The first sheet of an .xlsx (refused before parsing when it is not a zip), up to the row limit. */
    static List<ImportLine> read(InputStream raw) throws IOException {
        return XlsxUpload.read(raw, ImportRow.class, ImportRow::isBlank, (row, number) -> row.toLine(number),
                WorkerImport.MAX_ROWS);
    }

    private ExportRow row(Worker w, Map<String, String> names, boolean full) {
        ExportRow row = new ExportRow();
        row.setName(w.getName());
        row.setGender("MALE".equals(w.getGender()) ? "男" : "女");
        row.setAge(Masking.ageThisYear(w.getBirthDate(), LocalDate.now(ChinaTime.ZONE)));
        row.setBirthDate(full ? w.getBirthDate().toString() : null);
        row.setIdNumber(full ? workers.idNumberOf(w) : w.getIdNumberMasked());
        row.setPhone(full ? workers.phoneOf(w) : w.getPhoneMasked());
        row.setVillageCode(w.getHomeRegionCode());
        row.setVillage(names.get(w.getHomeRegionCode()));
        row.setPovertyRegistered(Boolean.TRUE.equals(w.getPovertyRegistered()) ? "是" : "否");
        row.setPostSchoolYouth(Boolean.TRUE.equals(w.getPostSchoolYouth()) ? "是" : "否");
        row.setEducation(w.getEducation());
        row.setSkillLevel(w.getSkillLevel());
        row.setHealth(w.getHealth());
        row.setFamilyMembers(w.getFamilyMembers());
        row.setEmploymentStatus(w.getEmploymentStatus() == null ? null : w.getEmploymentStatus().label());
        row.setWorkPlace(w.getWorkPlace());
        row.setEmployer(w.getEmployer());
        row.setJobTitle(w.getJobTitle());
        row.setMonthlyWageYuan(w.getMonthlyWageFen() == null ? null : w.getMonthlyWageFen() / 100);
        row.setIntendedArea(w.getIntendedArea() == null ? null : w.getIntendedArea().label());
        row.setIntendedIndustry(w.getIntendedIndustry());
        row.setIntendedJob(w.getIntendedJob());
        row.setExpectedWageYuan(w.getExpectedWageFen() == null ? null : w.getExpectedWageFen() / 100);
        row.setConfirmedAt(w.getConfirmedAt().toLocalDate().toString());
        return row;
    }

    private static String describe(WorkerSearch search) {
        StringBuilder out = new StringBuilder();
        if (search.regionCode() != null && !search.regionCode().isBlank()) {
            out.append(",地区=").append(search.regionCode());
        }
        if (search.text() != null && !search.text().isBlank()) {
            out.append(",含搜索条件");
        }
        if (search.povertyRegistered() != null) {
            out.append(",建档立卡=").append(search.povertyRegistered() ? "是" : "否");
        }
        if (search.staleOnly()) {
            out.append(",只含待复核");
        }
        return out.toString();
    }
}
