package cn.laowu.admin.allowance;

import cn.idev.excel.FastExcel;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.payee.AccountKind;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkerService;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bank's ledger through the real security chain: only 财务 downloads it (audited), in the bank's columns with
 * the full account; everyone else is refused with the Chinese 403 page; the account is masked on the claim page and
 * absent from every other export and from the log. And the poverty list imported through the console.
 */
@ExtendWith(OutputCaptureExtension.class)
class PaymentLedgerConsoleTest extends ConsoleTestSupport {

    private static final String CARD = "6228480012345678903";

    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    PaymentAccounts accounts;
    @Autowired
    WorkerService workers;
    @Autowired
    JdbcTemplate jdbc;

    private long claimId;

    @BeforeEach
    void claim() {
        Actor prefect = new Actor("prefect", fx.prefecture.getPath(), null);
        for (AllowancePolicy seeded : catalogue.inForce("/433100/")) {
            catalogue.define(prefect, RegionScope.of(fx.prefecture), fx.prefecture.getCode(), new AllowanceCatalogue.PolicyDraft(
                    seeded.getCode(), seeded.getName(), seeded.getQualification(), seeded.getComputation(),
                    seeded.getAmountFen(), seeded.getCapOutProvinceFen(), seeded.getCapInProvinceFen(),
                    seeded.getCapInPrefectureFen(), AllowanceRules.evidence(seeded), seeded.getFrequency(),
                    seeded.getMinMonths(), seeded.getNoticeDays(), seeded.getValidFrom(), null, seeded.getBasis()));
        }
        jdbc.update("UPDATE worker SET post_school_youth = 1 WHERE id = ?", fx.workerA.getId());
        long policyId = claims.options(fx.workerA.getId()).stream().filter(o -> o.policy().getCode().equals("POST_SCHOOL"))
                .findFirst().orElseThrow().policy().getId();
        claimId = claims.submit(fx.workerA.getId(), policyId, null,
                List.of(new Photo(EvidenceKind.ENROLMENT, "image/jpeg", ("ledger " + fx.tag).getBytes()))).getId();
        accounts.save(fx.workerA.getId(), accounts.check(AccountKind.SOCIAL_CARD, CARD), "农业银行");
    }

    @Test
    void onlyFinanceDownloadsTheBankLedgerAndTheAccountIsNowhereElse(CapturedOutput output) throws Exception {
        MockHttpSession town = login("towna");
        MockHttpSession county = login("county");
        String page = "/console/allowances/" + claimId;
        mvc.perform(get(page).session(town)).andExpect(status().isOk())
                .andExpect(content().string(containsString("农业银行社保卡 6228 **** **** 8903")))
                .andExpect(content().string(not(containsString(CARD))));
        mvc.perform(post(page + "/township").session(town).with(csrf()));
        mvc.perform(post(page + "/county").session(county).with(csrf()));
        jdbc.update("UPDATE allowance_claim SET notice_until = notice_until - INTERVAL 8 DAY WHERE id = ?", claimId);
        mvc.perform(post("/console/allowances/payments").session(county).with(csrf()));
        Long batch = jdbc.queryForObject("SELECT batch_id FROM allowance_claim WHERE id = ?", Long.class, claimId);
        assertThat(batch).as("batched").isNotNull();
        String ledger = "/console/allowances/payments/" + batch + "/ledger";

        for (String role : List.of("county", "zhou", "towna", "leader", "trainer")) {
            mvc.perform(get(ledger).session(login(role))).andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/console/denied"));
        }
        // The page the refusal forwards to, in Chinese, as the browser gets it.
        mvc.perform(get("/console/denied").session(county)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您的角色不能使用这个功能")));
        MockHttpSession finance = login("finance");
        // 财务's home page works and its one entry is in the navigation.
        mvc.perform(get("/console").session(finance)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/allowances/payments")));
        mvc.perform(get("/console/allowances/payments").session(finance)).andExpect(status().isOk())
                .andExpect(content().string(containsString("下载银行代发台账")))
                .andExpect(content().string(not(containsString("标记已发放"))));
        mvc.perform(get("/console/allowances/payments").session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("台账由财务下载")));
        mvc.perform(post("/console/allowances/payments/" + batch + "/paid").session(finance).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/allowances").session(finance)).andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get(ledger).session(finance)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("序号", "户名", "账号", "开户行", "金额", "用途", "申请编号");
            Row row = sheet.getRow(1);
            assertThat(cells(row)).containsExactly("1", "甲某", CARD, "农业银行", "2500.00", "两后生生活补贴",
                    String.valueOf(claimId));
            for (int i = 0; i < 7; i++) {
                assertThat(row.getCell(i).getCellType()).as("column %d as text", i).isEqualTo(CellType.STRING);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT_LEDGER' AND actor = ? "
                + "AND entity_id = ?", Integer.class, fx.user("finance"), String.valueOf(batch))).isEqualTo(1);

        // Every other way out: the archive exports (masked and full), the queue, the audit page, the public list.
        List<byte[]> others = new ArrayList<>();
        others.add(mvc.perform(get("/console/workers/export").session(county)).andReturn().getResponse().getContentAsByteArray());
        others.add(mvc.perform(get("/console/workers/export/full").session(county)).andReturn().getResponse().getContentAsByteArray());
        others.add(mvc.perform(get("/console/allowances").param("status", "IN_BATCH").session(county)).andReturn().getResponse()
                .getContentAsByteArray());
        others.add(mvc.perform(get("/console/audit").session(county)).andReturn().getResponse().getContentAsByteArray());
        others.add(mvc.perform(get("/notice/allowances/" + fx.county.getCode())).andReturn().getResponse().getContentAsByteArray());
        for (byte[] body : others) {
            assertThat(body.length).isPositive();
            assertThat(text(body)).doesNotContain(CARD).doesNotContain("480012345678");
        }
        assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(before_data, ''), COALESCE(after_data, '')) FROM audit_log",
                String.class)).noneMatch(t -> t.contains(CARD));
        assertThat(output.getAll()).doesNotContain(CARD).doesNotContain("480012345678");
    }

    @Test
    void aCountyImportsItsPovertyListAndProblemsAreShownByRow() throws Exception {
        String id = workers.idNumberOf(fx.workerB);
        String bad = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        mvc.perform(multipart("/console/allowances/poverty-list").file(list(List.of("乙某", id, "HX-9"),
                        List.of("丙某", bad, "HX-9"))).session(login("towna")).with(csrf())).andExpect(status().isForbidden());
        MockHttpSession county = login("county");
        mvc.perform(multipart("/console/allowances/poverty-list").file(list(List.of("乙某", id, "HX-9"),
                        List.of("丙某", bad, "HX-9"))).session(county).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有导入任何一行")))
                .andExpect(content().string(containsString("<td>3</td>")));
        assertThat(workers.find(fx.workerB.getId()).orElseThrow().getPovertyRegistered()).isFalse();
        mvc.perform(multipart("/console/allowances/poverty-list").file(list(List.of("乙某", id, "HX-9")))
                        .session(county).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入 1 人(1 户),其中 1 人已在平台登记")));
        assertThat(workers.find(fx.workerB.getId()).orElseThrow().getPovertyRegistered()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'IMPORT_POVERTY_LIST' AND actor = ?",
                Integer.class, fx.user("county"))).isEqualTo(1);
    }

    private static MockMultipartFile list(List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(List.of(List.of("姓名"), List.of("身份证号"), List.of("户编号"))).sheet("名单")
                .doWrite(List.of(rows));
        return new MockMultipartFile("file", "名单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    /** An xlsx is a zip: its text is in the shared strings, read through POI; a page is UTF-8. */
    private static String text(byte[] body) throws Exception {
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
            StringBuilder all = new StringBuilder();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                book.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            }
            return all.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
