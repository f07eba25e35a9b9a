package cn.laowu.admin.allowance;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceReview;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 补贴审核 through HTTP: scope, roles, CSRF, two different reviewers, the public 公示 page, objections, payment. */
class AllowanceConsoleTest extends ConsoleTestSupport {

    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceReview review;
    @Autowired
    FollowerService followers;
    @Autowired
    Outbox outbox;
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
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        followers.subscribed("wxconsole0000001", openid, null);
        followers.bindWorker("wxconsole0000001", openid, fx.workerA.getId());
        long policyId = claims.options(fx.workerA.getId()).stream().filter(o -> o.policy().getCode().equals("POST_SCHOOL"))
                .findFirst().orElseThrow().policy().getId();
        claimId = claims.submit(fx.workerA.getId(), policyId, null,
                List.of(new Photo(EvidenceKind.ENROLMENT, "image/jpeg", ("enrolment " + fx.tag).getBytes()))).getId();
    }

    @Test
    void theQueueIsScopedByRegionAndRole() throws Exception {
        String page = "/console/allowances/" + claimId;
        mvc.perform(get("/console/allowances").session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("两后生生活补贴"))).andExpect(content().string(containsString("甲某")));
        mvc.perform(get(page).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("职业院校在读证明")));
        mvc.perform(get(page + "/evidence/" + review.get(RegionScope.of(fx.county), claimId).evidence().get(0).getId())
                .session(login("county"))).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"));

        MockHttpSession b = login("townb");
        mvc.perform(get("/console/allowances").session(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲某"))));
        mvc.perform(get(page).session(b)).andExpect(status().isNotFound());
        mvc.perform(post(page + "/township").session(b).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/console/allowances").session(login("village"))).andExpect(status().isForbidden());
        MockHttpSession leader = login("leader");
        mvc.perform(get(page).session(leader)).andExpect(status().isOk());
        mvc.perform(post(page + "/township").session(leader).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/console/allowances/payments").session(login("towna"))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/township").session(login("towna"))).andExpect(status().isForbidden());
        assertThat(review.get(RegionScope.of(fx.county), claimId).claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void twoDifferentPeopleReviewAndARejectionReasonReachesTheWorker() throws Exception {
        String page = "/console/allowances/" + claimId;
        MockHttpSession county = login("county");
        mvc.perform(post(page + "/township").session(county).with(csrf()))
                .andExpect(flash().attribute("success", containsString("初审通过")));
        mvc.perform(post(page + "/county").session(county).with(csrf()))
                .andExpect(flash().attribute("error", containsString("不同的人")));
        mvc.perform(post(page + "/county").session(login("towna")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("县级或州级")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.TOWNSHIP_APPROVED);
        // The county's button only for the county staff who may press it.
        mvc.perform(get(page).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("县审核通过,开始公示"))))
                .andExpect(content().string(containsString("等待县级审核")));
        mvc.perform(get(page).session(county)).andExpect(content().string(not(containsString("县审核通过,开始公示"))))
                .andExpect(content().string(containsString("您办理了初审")));
        mvc.perform(get(page).session(login("zhou"))).andExpect(content().string(containsString("县审核通过,开始公示")));

        MockHttpSession zhou = login("zhou");
        mvc.perform(post(page + "/reject").session(zhou).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("error", containsString("原因")));
        mvc.perform(post(page + "/reject").session(zhou).with(csrf()).param("reason", "在读证明不是本学年的"))
                .andExpect(flash().attribute("success", containsString("已驳回")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.REJECTED);
        assertThat(outbox.ofSource("allowance:" + claimId + ":rejected")).extracting(Delivery::getBody)
                .allMatch(body -> body.contains("原因:在读证明不是本学年的")).isNotEmpty();
        mvc.perform(get("/console/audit").session(zhou)).andExpect(content().string(containsString("在读证明不是本学年的")));
    }

    @Test
    void thePublicNoticeIsDeIdentifiedTakesObjectionsAndPaymentFollowsItsEnd() throws Exception {
        String page = "/console/allowances/" + claimId;
        mvc.perform(post(page + "/township").session(login("towna")).with(csrf()));
        mvc.perform(post(page + "/county").session(login("county")).with(csrf()))
                .andExpect(flash().attribute("success", containsString("公示")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.PUBLICISED);

        String notice = mvc.perform(get("/notice/allowances/" + fx.county.getCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String birth = fx.workerA.getBirthDate().toString().replace("-", "");
        assertThat(notice).contains("甲*").contains("两后生生活补贴").contains("2500元").contains("width=device-width")
                .doesNotContain("甲某").doesNotContain(birth).doesNotContain(fx.villageA.getName())
                .doesNotContain(fx.townshipA.getName()).doesNotContainPattern("\\d{18}|\\d{17}X");
        mvc.perform(get("/notice/allowances/nowhere")).andExpect(status().isNotFound());
        // The row's number is not the claim's id: it tells nothing of how many claims exist and cannot be walked.
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<td>(\\d{10})</td>").matcher(notice);
        assertThat(shown.find()).as("a ten-digit number on the list").isTrue();
        String number = shown.group(1);
        assertThat(Long.parseLong(number)).isNotEqualTo(claimId);
        mvc.perform(post("/notice/allowances/" + fx.county.getCode()).param("number", String.valueOf(claimId)).param("phone", "13800003333")
                .param("text", "此人未外出务工")).andExpect(content().string(containsString("没有这个编号")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.PUBLICISED);

        // An objection needs a number on this region's list and a reason; then the county investigates.
        mvc.perform(post("/notice/allowances/" + fx.county.getCode()).param("number", "99999999").param("phone", "13800003333").param("text", "此人未外出"))
                .andExpect(content().string(containsString("没有这个编号")));
        mvc.perform(post("/notice/allowances/" + fx.county.getCode()).param("number", number).param("phone", "13800003333").param("text", ""))
                .andExpect(content().string(containsString("请把异议说清楚")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.PUBLICISED);
        mvc.perform(post("/notice/allowances/" + fx.county.getCode()).param("number", number)
                .param("phone", "13800003333").param("text", "此人已经工作,不在读")).andExpect(content().string(containsString("已收到您的异议")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.OBJECTED);
        MockHttpSession county = login("county");
        mvc.perform(get(page).session(county)).andExpect(content().string(containsString("此人已经工作,不在读")));
        mvc.perform(post(page + "/dismiss").session(county).with(csrf()).param("finding", "学校电话核实在读"))
                .andExpect(flash().attribute("success", containsString("恢复公示")));

        mvc.perform(post("/console/allowances/payments").session(county).with(csrf()))
                .andExpect(flash().attribute("error", containsString("没有公示期满")));
        jdbc.update("UPDATE allowance_claim SET notice_until = notice_until - INTERVAL 8 DAY WHERE id = ?", claimId);
        mvc.perform(post("/console/allowances/payments").session(county)).andExpect(status().isForbidden());
        mvc.perform(post("/console/allowances/payments").session(county).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已生成发放批次")));
        long batch = jdbc.queryForObject("SELECT batch_id FROM allowance_claim WHERE id = ?", Long.class, claimId);
        // The ledger is the finance role's alone (PaymentLedgerConsoleTest); the county admin is refused.
        mvc.perform(get("/console/allowances/payments/" + batch + "/ledger").session(county))
                .andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/console/allowances/payments/" + batch + "/ledger").session(login("finance")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Row row = book.getSheetAt(0).getRow(1);
            // Text columns stay text: 申请编号 is "12", not 12.0; the amount has its two decimals.
            assertThat(row.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(String.valueOf(claimId));
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("2500.00");
        }
        mvc.perform(get("/console/allowances/payments/" + batch + "/ledger").session(login("leader")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/allowances/payments/" + batch + "/paid").session(county).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已标记发放")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.PAID);
        assertThat(outbox.ofSource("allowance:" + claimId + ":paid")).extracting(Delivery::getBody)
                .allMatch(b -> b.contains("平台没有您的银行卡或社保卡账号") && !b.contains("请留意银行卡")).isNotEmpty();
    }

    @Test
    void anObjectionOnThePageNeedsAPhoneOnePerPersonAndTheRowStaysListedAsObjected() throws Exception {
        String page = "/console/allowances/" + claimId;
        mvc.perform(post(page + "/township").session(login("towna")).with(csrf()));
        mvc.perform(post(page + "/county").session(login("county")).with(csrf()));
        jdbc.update("UPDATE region SET office_phone = '0743-8220000' WHERE code = ?", fx.county.getCode());
        String list = "/notice/allowances/" + fx.county.getCode();
        String before = mvc.perform(get(list)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<td>(\\d{10})</td>").matcher(before);
        assertThat(shown.find()).isTrue();
        String number = shown.group(1);
        // The 公示期 from the county's approval to its end, the office answering for it and its phone.
        assertThat(before).contains("公示期").contains("负责单位").contains(fx.county.getName() + "人力资源和社会保障局")
                .contains("举报电话").contains("0743-8220000").contains("name=\"phone\"").doesNotContain(">有异议,核查中</td>");
        // Inside WeChat the page sends the reader to the OAuth-backed objection page instead of asking a phone.
        mvc.perform(get(list).header("User-Agent", "Mozilla/5.0 MicroMessenger/8.0.47"))
                .andExpect(content().string(containsString("/h5/objection/" + fx.county.getCode())))
                .andExpect(content().string(not(containsString("name=\"phone\""))));

        // Anonymous: refused, nothing recorded.
        mvc.perform(post(list).param("number", number).param("text", "此人已经工作,不在读"))
                .andExpect(content().string(containsString("不留电话的异议不受理")));
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.PUBLICISED);
        mvc.perform(post(list).param("number", number).param("phone", "139 0000 4444").param("text", "此人已经工作,不在读"))
                .andExpect(content().string(containsString("已收到您的异议")));
        mvc.perform(post(list).param("number", number).param("phone", "13900004444").param("text", "我再补充一下情况"))
                .andExpect(content().string(containsString("已经对这一条提过异议")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_objection WHERE claim_id = ?", Integer.class, claimId))
                .isEqualTo(1);
        // Still on the list, marked; not payable until the county settles it.
        assertThat(mvc.perform(get(list)).andReturn().getResponse().getContentAsString()).contains(number)
                .contains(">有异议,核查中</td>").contains("甲*");
        // The county sees the number to call back; a township clerk does not.
        mvc.perform(get(page).session(login("county"))).andExpect(content().string(containsString("回电核实 13900004444")));
        mvc.perform(get(page).session(login("towna"))).andExpect(content().string(not(containsString("13900004444"))));
        assertThat(jdbc.queryForObject("SELECT contact_phone FROM allowance_objection WHERE claim_id = ?", String.class,
                claimId)).doesNotContain("13900004444");
        // Upheld: the claim is rejected (audited), and leaves the list.
        mvc.perform(post(page + "/reject").session(login("county")).with(csrf()).param("reason", "电话核实:此人已工作,不在读"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(claimId)).isEqualTo(ClaimStatus.REJECTED);
        assertThat(mvc.perform(get(list)).andReturn().getResponse().getContentAsString()).doesNotContain(number);
    }

    @Test
    void onlyTheRegionThatSetAPolicyChangesItsFigures() throws Exception {
        long fare = catalogue.inForce(fx.villageA.getPath()).stream().filter(p -> p.getCode().equals("TRANSPORT"))
                .findFirst().orElseThrow().getId();
        mvc.perform(post("/console/allowances/policies/" + fare).session(login("county")).with(csrf())
                .param("capOut", "500").param("noticeDays", "7").param("enabled", "true")).andExpect(status().isNotFound());
        MockHttpSession zhou = login("zhou");
        mvc.perform(post("/console/allowances/policies/" + fare).session(zhou).with(csrf())
                .param("capOut", "abc").param("noticeDays", "7").param("enabled", "true"))
                .andExpect(flash().attribute("error", containsString("数字")));
        mvc.perform(post("/console/allowances/policies/" + fare).session(zhou).with(csrf()).param("capOut", "500")
                .param("capIn", "250").param("capPrefecture", "").param("noticeDays", "5").param("enabled", "true"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        AllowancePolicy edited = catalogue.byId(fare);
        assertThat(edited.getCapOutProvinceFen()).isEqualTo(50_000);
        assertThat(edited.getCapInPrefectureFen()).isNull();
        assertThat(edited.getNoticeDays()).isEqualTo(5);
        mvc.perform(get("/console/allowances/policies").session(zhou)).andExpect(status().isOk())
                .andExpect(content().string(containsString("交通路费补助")));
    }

    private ClaimStatus stateOf(long id) {
        return review.get(RegionScope.of(fx.county), id).claim().getStatus();
    }
}
