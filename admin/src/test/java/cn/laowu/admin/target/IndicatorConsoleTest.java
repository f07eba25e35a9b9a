package cn.laowu.admin.target;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import cn.laowu.core.target.TargetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicator catalogue page: the 州 words, adds and retires; everyone else reads; bad input changes nothing. */
class IndicatorConsoleTest extends ConsoleTestSupport {

    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    TargetService targets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theZhouAddsEditsAndRetiresAndItIsAudited() throws Exception {
        MockHttpSession zhou = login("zhou");
        long seen = audits();
        mvc.perform(post("/console/indicators").session(zhou).with(csrf()).param("name", "欠薪案件数")
                        .param("unit", "人").param("higherBetter", "false")
                        .param("definition", "当年受理的欠薪投诉涉及的劳动力人数,按受理日所在月份计。"))
                .andExpect(flash().attribute("success", containsString("已新增指标「欠薪案件数」")));
        Indicator added = catalogue.all().stream().filter(i -> i.name().equals("欠薪案件数")).findFirst().orElseThrow();
        assertThat(added.higherBetter()).isFalse();
        assertThat(added.kind()).isEqualTo(Indicator.Kind.COUNT);
        mvc.perform(post("/console/indicators/TRANSFER").session(zhou).with(csrf()).param("name", "转移就业人数")
                        .param("unit", "人").param("definition", "本辖区户籍劳动力当年第一次上岗的人数(新口径)。"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        assertThat(catalogue.find("TRANSFER").orElseThrow().definition()).contains("新口径");
        mvc.perform(get("/console/indicators").session(zhou)).andExpect(status().isOk())
                .andExpect(content().string(containsString("欠薪案件数")))
                .andExpect(content().string(containsString("新口径")));

        // one in use by a target is retired, never deleted; targets can no longer be set on it
        Actor zhouActor = new Actor("zhou", fx.prefecture.getPath(), "127.0.0.1");
        targets.set(zhouActor, RegionScope.of(fx.prefecture), 2026, fx.county.getCode(), Map.of(added.code(), "3"), null);
        mvc.perform(post("/console/indicators/" + added.code() + "/delete").session(zhou).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已在使用,不能删除,只能停用")));
        mvc.perform(post("/console/indicators/" + added.code() + "/active").session(zhou).with(csrf()).param("active", "false"))
                .andExpect(flash().attribute("success", containsString("已停用「欠薪案件数」")));
        assertThat(catalogue.find(added.code()).orElseThrow().active()).isFalse();
        assertThat(catalogue.active()).extracting(Indicator::code).doesNotContain(added.code());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_value WHERE indicator_code = ?", Long.class,
                added.code())).isEqualTo(1);

        List<String> actions = jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = 'target_indicator'"
                + " AND id > ? ORDER BY id", String.class, seen);
        assertThat(actions).containsExactly("ADD_INDICATOR", "EDIT_INDICATOR", "RETIRE_INDICATOR");
        mvc.perform(get("/console/audit").session(zhou)).andExpect(content().string(containsString("停用考核指标")));
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        MockHttpSession zhou = login("zhou");
        List<Indicator> before = catalogue.all();
        long seen = audits();
        mvc.perform(post("/console/indicators").session(zhou).with(csrf()).param("name", " ").param("unit", "人")
                .param("definition", "口径")).andExpect(flash().attribute("error", "请填写指标名称。"));
        mvc.perform(post("/console/indicators").session(zhou).with(csrf()).param("name", "外出务工户数").param("unit", "户")
                .param("definition", "口径")).andExpect(flash().attribute("error", "单位只能是人、万元或%。"));
        mvc.perform(post("/console/indicators/TRANSFER").session(zhou).with(csrf()).param("name", "转移就业人数")
                        .param("unit", "%").param("definition", "改成百分比"))
                .andExpect(flash().attribute("error", containsString("单位不能改成%")));
        mvc.perform(post("/console/indicators/COMPLAINT_ON_TIME").session(zhou).with(csrf()).param("name", "投诉按时办结率")
                        .param("unit", "人").param("definition", "改成人数"))
                .andExpect(flash().attribute("error", containsString("单位不能改成人")));
        mvc.perform(post("/console/indicators/STABLE").session(zhou).with(csrf()).param("name", "培训人数")
                .param("unit", "人").param("definition", "重名")).andExpect(flash().attribute("error", containsString("已经有叫「培训人数」")));
        mvc.perform(post("/console/indicators/NOPE").session(zhou).with(csrf()).param("name", "x").param("unit", "人")
                .param("definition", "y")).andExpect(flash().attribute("error", "没有这个指标。"));
        assertThat(catalogue.all()).isEqualTo(before);
        assertThat(audits()).isEqualTo(seen);
    }

    @Test
    void everyoneElseReadsAndChangesNothing() throws Exception {
        for (String who : new String[]{"leader", "county", "towna"}) {
            MockHttpSession session = login(who);
            mvc.perform(get("/console/indicators").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("投诉按时办结率")))
                    .andExpect(content().string(not(containsString("新增指标"))));
            mvc.perform(post("/console/indicators").session(session).with(csrf()).param("name", "x").param("unit", "人")
                    .param("definition", "y")).andExpect(status().isForbidden());
            mvc.perform(post("/console/indicators/TRANSFER/active").session(session).with(csrf()).param("active", "false"))
                    .andExpect(status().isForbidden());
        }
        // without the CSRF token the 州 is refused too
        mvc.perform(post("/console/indicators/TRANSFER/active").session(login("zhou")).param("active", "false"))
                .andExpect(status().isForbidden());
        assertThat(catalogue.find("TRANSFER").orElseThrow().active()).isTrue();
    }

    /** The newest audit entry's id: what a test wrote comes after it. */
    private long audits() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
    }
}
