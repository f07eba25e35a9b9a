package cn.laowu.admin.worker;

import cn.laowu.core.worker.WorkerArchiveSearch;
import cn.idev.excel.FastExcel;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditEntry;
import cn.laowu.core.audit.AuditMapper;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerSearch;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WorkerConsoleTest extends ConsoleTestSupport {

    @Autowired
    AuditMapper auditEntries;
    @Autowired
    WorkerArchiveSearch archive;

    @Test
    void anEditIsSavedAndAuditedWithPersonalDataMasked() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/workers/" + fx.workerA.getId()).session(a).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.1.2.3");
                            return request;
                        })
                        .param("name", "甲某某").param("phone", "13912345678").param("homeRegionCode", fx.villageA.getCode())
                        .param("employmentStatus", "EMPLOYED").param("employer", "东莞某电子厂")
                        .param("monthlyWageYuan", "5200").param("version", "0"))
                .andExpect(redirectedUrl("/console/workers/" + fx.workerA.getId()));
        Worker saved = workers.find(fx.workerA.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo("甲某某");
        assertThat(saved.getMonthlyWageFen()).isEqualTo(520_000);
        assertThat(workers.phoneOf(saved)).isEqualTo("13912345678");

        AuditEntry entry = lastAudit("UPDATE", fx.workerA.getId());
        assertThat(entry.getActor()).isEqualTo(fx.user("towna"));
        assertThat(entry.getIp()).isEqualTo("10.1.2.3");
        assertThat(entry.getBeforeData()).contains("138****0001").doesNotContain("13800000001");
        assertThat(entry.getAfterData()).contains("139****5678").contains("东莞某电子厂").doesNotContain("13912345678")
                .doesNotContain(workers.idNumberOf(saved));
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/workers/" + fx.workerA.getId() + "/confirm").session(a).with(csrf()));
        mvc.perform(post("/console/workers/" + fx.workerA.getId()).session(a).with(csrf())
                        .param("name", "旧页面").param("homeRegionCode", fx.villageA.getCode())
                        .param("employmentStatus", "SEEKING").param("version", "0"))
                .andExpect(content().string(containsString("刚被别人改过")));
        assertThat(workers.find(fx.workerA.getId()).orElseThrow().getName()).isEqualTo("甲某");
    }

    @Test
    void registrationExplainsABadIdNumberAndRefusesADuplicate() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(post("/console/workers").session(a).with(csrf()).param("name", "新人")
                        .param("idNumber", "43310119900101123").param("homeRegionCode", fx.villageA.getCode()))
                .andExpect(content().string(containsString("应为18位,您输入了17位")));
        mvc.perform(post("/console/workers").session(a).with(csrf()).param("name", "重复")
                        .param("idNumber", workers.idNumberOf(fx.workerA)).param("homeRegionCode", fx.villageA.getCode()))
                .andExpect(content().string(containsString("已经建档")));
        ChineseIdNumber id = ConsoleFixture.randomId();
        mvc.perform(post("/console/workers").session(a).with(csrf()).param("name", "新人")
                        .param("idNumber", id.value()).param("homeRegionCode", fx.villageA.getCode()))
                .andExpect(redirectedUrlPattern("/console/workers/*"));
        assertThat(workers.findByIdNumber(id.value())).isPresent();
    }

    @Test
    void theMaskedExportHoldsTheScopeMaskedAndTheFullOneIsAudited() throws Exception {
        MockHttpSession county = login("county");
        List<Map<Integer, String>> masked = rows(mvc.perform(get("/console/workers/export").session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(masked).hasSize(2);
        assertThat(masked).extracting(row -> row.get(3)).allMatch(id -> id.contains("**********"));

        List<Map<Integer, String>> full = rows(mvc.perform(get("/console/workers/export/full").session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(full).extracting(row -> row.get(3))
                .containsExactlyInAnyOrder(workers.idNumberOf(fx.workerA), workers.idNumberOf(fx.workerB));
        assertThat(lastAudit("EXPORT_FULL", null).getActor()).isEqualTo(fx.user("county"));

        MockHttpSession a = login("towna");
        assertThat(rows(mvc.perform(get("/console/workers/export").session(a)).andReturn().getResponse()
                .getContentAsByteArray())).extracting(row -> row.get(0)).containsExactly("甲某");
    }

    @Test
    void anImportWithBadRowsReportsEachProblemAndImportsNothing() throws Exception {
        MockHttpSession a = login("towna");
        long before = archive.count(cn.laowu.core.region.RegionScope.of(fx.townshipA), WorkerSearch.all());
        List<ImportRow> rows = new ArrayList<>();
        rows.add(row("好人", ConsoleFixture.randomId().value(), fx.villageA.getCode(), "是"));
        rows.add(row("", "43310119900101123", fx.villageA.getCode(), "是"));
        rows.add(row("坏村", ConsoleFixture.randomId().value(), fx.villageB.getCode(), "也许"));
        rows.add(row("重复", workers.idNumberOf(fx.workerA), fx.villageA.getName(), "否"));
        mvc.perform(multipart("/console/workers/import").file(xlsx(rows)).session(a).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有导入任何人")))
                .andExpect(content().string(containsString("应为18位,您输入了17位")))
                .andExpect(content().string(containsString("您的辖区里没有")))
                .andExpect(content().string(containsString("填&quot;是&quot;或&quot;否&quot;")))
                .andExpect(content().string(containsString("此人已经建档")));
        assertThat(archive.count(cn.laowu.core.region.RegionScope.of(fx.townshipA), WorkerSearch.all())).isEqualTo(before);
    }

    @Test
    void aCleanImportRegistersEveryRow() throws Exception {
        MockHttpSession a = login("towna");
        ChineseIdNumber one = ConsoleFixture.randomId();
        ChineseIdNumber two = ConsoleFixture.randomId();
        List<ImportRow> rows = List.of(row("导入一", one.value(), fx.villageA.getCode(), "是"),
                row("导入二", two.value(), fx.villageA.getName(), "否"));
        mvc.perform(multipart("/console/workers/import").file(xlsx(rows)).session(a).with(csrf()))
                .andExpect(redirectedUrl("/console/workers"));
        assertThat(workers.findByIdNumber(one.value()).orElseThrow().getPovertyRegistered()).isTrue();
        assertThat(workers.findByIdNumber(two.value()).orElseThrow().getHomeRegionCode()).isEqualTo(fx.villageA.getCode());
    }

    @Test
    void aFileThatIsNotASpreadsheetGetsAClearAnswer() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(multipart("/console/workers/import").file(new MockMultipartFile("file", "x.xlsx",
                        "application/octet-stream", "not a spreadsheet".getBytes())).session(a).with(csrf()))
                .andExpect(content().string(containsString("读不了这个文件")));
    }

    @Test
    void theTemplateReadsBackAsAnEmptyRegister() throws Exception {
        MockHttpSession a = login("towna");
        byte[] template = mvc.perform(get("/console/workers/import/template").session(a))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WorkerExcelController.read(new ByteArrayInputStream(template))).isEmpty();
    }

    private AuditEntry lastAudit(String action, Long entityId) {
        LambdaQueryWrapper<AuditEntry> where = new LambdaQueryWrapper<AuditEntry>().eq(AuditEntry::getAction, action)
                .orderByDesc(AuditEntry::getId).last("LIMIT 1");
        if (entityId != null) {
            where.eq(AuditEntry::getEntityId, String.valueOf(entityId));
        }
        return auditEntries.selectOne(where);
    }

    private static ImportRow row(String name, String id, String village, String poverty) {
        ImportRow row = new ImportRow();
        row.setName(name);
        row.setIdNumber(id);
        row.setVillage(village);
        row.setPovertyRegistered(poverty);
        return row;
    }

    private static MockMultipartFile xlsx(List<ImportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out, ImportRow.class).sheet("台账").doWrite(rows);
        return new MockMultipartFile("file", "台账.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
    }

    private static List<Map<Integer, String>> rows(byte[] xlsx) {
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new cn.idev.excel.read.listener.ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, cn.idev.excel.context.AnalysisContext context) {
                rows.add(row);
            }

            @Override
            public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
            }
        }).sheet(0).doRead();
        return rows;
    }
}
