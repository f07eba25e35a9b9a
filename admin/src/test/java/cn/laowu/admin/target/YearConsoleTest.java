package cn.laowu.admin.target;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.assessment.AssessmentService;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.target.TargetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.Map;

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

/** The year's pages through HTTP: targets set and signed, roles and scope, bad input, 调度表, report, 考核. */
class YearConsoleTest extends ConsoleTestSupport {

    @Autowired
    TargetService targets;
    @Autowired
    DispatchSnapshots snapshots;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void targetsAreSetDownAndSignedAndTheShortSplitIsWarned() throws Exception {
        MockHttpSession zhou = login("zhou");
        mvc.perform(post("/console/targets/" + fx.county.getCode()).session(zhou).with(csrf()).param("year", "2026")
                        .param("t_TRANSFER", "1000").param("t_COMPLAINT_ON_TIME", "90"))
                .andExpect(flash().attribute("success", containsString("已下达")));
        MockHttpSession county = login("county");
        mvc.perform(get("/console/targets").session(county).param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("待签订")))
                .andExpect(content().string(containsString("签订第1版目标责任书")))
                .andExpect(content().string(containsString("本辖区户籍劳动力"))); // the definition beside the figure
        mvc.perform(post("/console/targets/confirm").session(county).with(csrf()).param("year", "2026"))
                .andExpect(flash().attribute("success", containsString("已签订2026年目标责任书")));
        mvc.perform(post("/console/targets/" + fx.townshipA.getCode()).session(county).with(csrf()).param("year", "2026")
                .param("t_TRANSFER", "600")).andExpect(flash().attribute("success", containsString(fx.townshipA.getName())));
        mvc.perform(get("/console/targets").session(county).param("year", "2026"))
                .andExpect(content().string(containsString("转移就业人数:下级合计600人,少于本级目标1000人,还差400人")));
        MockHttpSession towna = login("towna");
        mvc.perform(post("/console/targets/confirm").session(towna).with(csrf()).param("year", "2026"))
                .andExpect(flash().attribute("success", containsString("已签订")));
        assertThat(targets.current(2026, fx.townshipA.getCode()).orElseThrow().confirmed()).isTrue();
        mvc.perform(get("/console/targets/" + fx.townshipA.getCode() + "/print").session(towna).param("year", "2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("年劳务协作目标责任书")))
                .andExpect(content().string(containsString("600人")))
                .andExpect(content().string(containsString("负责人(签字)")));
    }

    @Test
    void rolesScopeAndBadInputChangeNothing() throws Exception {
        MockHttpSession county = login("county");
        String a = fx.townshipA.getCode();
        mvc.perform(post("/console/targets/" + a).session(county).with(csrf()).param("year", "2026").param("t_TRANSFER", "-1"))
                .andExpect(flash().attribute("error", containsString("不能是负数")));
        mvc.perform(post("/console/targets/" + a).session(county).with(csrf()).param("year", "2026").param("t_TRANSFER", "1.5"))
                .andExpect(flash().attribute("error", containsString("应填整数")));
        mvc.perform(post("/console/targets/" + a).session(county).with(csrf()).param("year", "2026").param("t_CARD_UPDATE", "120"))
                .andExpect(flash().attribute("error", containsString("不能超过100")));
        // a township cannot set targets at all, its own least of all; a leader changes nothing
        MockHttpSession towna = login("towna");
        mvc.perform(post("/console/targets/" + a).session(towna).with(csrf()).param("year", "2026").param("t_TRANSFER", "5"))
                .andExpect(status().isForbidden());
        MockHttpSession leader = login("leader");
        mvc.perform(post("/console/targets/" + fx.county.getCode()).session(leader).with(csrf()).param("year", "2026")
                .param("t_TRANSFER", "5")).andExpect(status().isForbidden());
        mvc.perform(post("/console/targets/confirm").session(leader).with(csrf()).param("year", "2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/assessment/run").session(leader).with(csrf()).param("year", "2025"))
                .andExpect(status().isForbidden());
        // without the CSRF token nothing is accepted either
        mvc.perform(post("/console/targets/" + a).session(county).param("year", "2026").param("t_TRANSFER", "5"))
                .andExpect(status().isForbidden());
        // a region of another 州 is not found for the county
        ConsoleFixture other = new ConsoleFixture(regions, staff, workers);
        mvc.perform(post("/console/targets/" + other.townshipA.getCode()).session(county).with(csrf())
                .param("year", "2026").param("t_TRANSFER", "5")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_book WHERE region_code IN (?, ?, ?)", Long.class,
                a, fx.county.getCode(), other.townshipA.getCode())).isZero();
        // the leader reads every page
        for (String page : new String[]{"/console/targets", "/console/dispatch", "/console/report", "/console/assessment"}) {
            mvc.perform(get(page).session(leader)).andExpect(status().isOk());
        }
    }

    @Test
    void theDispatchTableRanksTheChildrenAndTheReportExports() throws Exception {
        Actor zhou = new Actor("zhou", fx.prefecture.getPath(), "127.0.0.1");
        targets.set(zhou, RegionScope.of(fx.prefecture), 2021, fx.county.getCode(), Map.of("TRANSFER", "10"), null);
        Actor countyActor = new Actor("county", fx.county.getPath(), "127.0.0.1");
        targets.set(countyActor, RegionScope.of(fx.county), 2021, fx.townshipA.getCode(), Map.of("TRANSFER", "5"), null);
        snapshots.take(zhou, 2021, 4);
        MockHttpSession leader = login("leader");
        mvc.perform(get("/console/dispatch").session(leader).param("period", "2021-4").param("region", fx.county.getCode()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2021年4月")))
                .andExpect(content().string(containsString(fx.townshipA.getName())))
                .andExpect(content().string(containsString(fx.townshipB.getName())))
                .andExpect(content().string(containsString("滞后")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("/console/dispatch/records?region=" + fx.townshipA.getCode()
                        + "&amp;indicator=TRANSFER&amp;year=2021&amp;month=4"))) // the figure opens its records
                .andExpect(content().string(containsString("本辖区户籍劳动力"))); // the county's own rows, with definitions
        MockHttpSession towna = login("towna");
        // a township asking for its county sees its own township only
        mvc.perform(get("/console/dispatch").session(towna).param("period", "2021-4").param("region", fx.county.getCode()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(fx.townshipB.getName()))));

        mvc.perform(get("/console/report").session(leader).param("year", "2021").param("month", "12"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("农村劳动力数")))
                .andExpect(content().string(containsString(fx.county.getName())));
        byte[] xlsx = mvc.perform(get("/console/report.xlsx").session(leader).param("year", "2021").param("month", "12"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void theZhouRunsAndPublishesTheAssessmentAndThenItIsFrozen() throws Exception {
        Actor zhouActor = new Actor("zhou", fx.prefecture.getPath(), "127.0.0.1");
        targets.set(zhouActor, RegionScope.of(fx.prefecture), 2024, fx.county.getCode(), Map.of("TRANSFER", "10"), null);
        MockHttpSession county = login("county");
        mvc.perform(post("/console/assessment/run").session(county).with(csrf()).param("year", "2024"))
                .andExpect(status().isForbidden());
        MockHttpSession zhou = login("zhou");
        mvc.perform(post("/console/assessment/run").session(zhou).with(csrf()).param("year", "2099"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/assessment/run").session(zhou).with(csrf()).param("year", "2024"))
                .andExpect(flash().attribute("success", containsString("已计算")));
        // not yet published: the county does not see it
        mvc.perform(get("/console/assessment").session(county).param("year", "2024"))
                .andExpect(content().string(containsString("还没有公布")));
        mvc.perform(post("/console/assessment/publish").session(zhou).with(csrf()).param("year", "2024"))
                .andExpect(flash().attribute("success", containsString("已公布")));
        mvc.perform(post("/console/assessment/run").session(zhou).with(csrf()).param("year", "2024"))
                .andExpect(flash().attribute("error", containsString("已公布,不能重新计算")));
        mvc.perform(get("/console/assessment").session(county).param("year", "2024"))
                .andExpect(content().string(containsString(fx.county.getName())))
                .andExpect(content().string(containsString("约谈")));
        mvc.perform(get("/console/assessment/print").session(county).param("year", "2024"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("年度劳务协作考核结果")));
        mvc.perform(get("/console/assessment/results.xlsx").session(county).param("year", "2024"))
                .andExpect(status().isOk());
        assertThat(assessments.latest(2024, fx.prefecture.getCode()).orElseThrow().published()).isTrue();
    }
}
