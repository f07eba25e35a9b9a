package cn.laowu.admin.complaint;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.TimeLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A county changes its complaint time limits and routing in the console: in scope, audited, bad input refused. */
class ComplaintSettingsConsoleTest extends ConsoleTestSupport {

    @Autowired
    TimeLimits limits;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCountySetsItsOwnTimeLimitsWithinTheLegalCeilings() throws Exception {
        String page = "/console/complaints/settings";
        mvc.perform(get(page).session(login("towna"))).andExpect(status().isForbidden());
        mvc.perform(get(page).session(login("leader"))).andExpect(status().isForbidden());
        MockHttpSession county = login("county");
        mvc.perform(get(page).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("投诉时限与去向"))).andExpect(content().string(containsString("默认")));
        mvc.perform(post(page + "/limits").session(county).param("kind", "WAGE").param("acceptDays", "2")
                .param("answerDays", "3").param("concludeDays", "20")).andExpect(status().isForbidden());
        mvc.perform(post(page + "/limits").session(county).with(csrf()).param("kind", "WAGE").param("acceptDays", "9")
                        .param("answerDays", "3").param("concludeDays", "20"))
                .andExpect(flash().attribute("error", containsString("法定上限")));
        mvc.perform(post(page + "/limits").session(county).with(csrf()).param("kind", "WAGE").param("acceptDays", "2")
                        .param("answerDays", "30").param("concludeDays", "20"))
                .andExpect(flash().attribute("error", containsString("不晚于办结期限")));
        mvc.perform(post(page + "/limits").session(county).with(csrf()).param("kind", "WAGE").param("urgent", "true")
                        .param("acceptDays", "1").param("answerDays", "1").param("concludeDays", "15"))
                .andExpect(flash().attribute("error", containsString("紧急投诉要填受理时限")));
        assertThat(limits.of(ComplaintKind.WAGE, false, fx.townshipA.getPath()).concludeDays()).isEqualTo(15);

        mvc.perform(post(page + "/limits").session(county).with(csrf()).param("kind", "WAGE").param("acceptDays", "2")
                        .param("answerDays", "3").param("concludeDays", "20"))
                .andExpect(flash().attribute("success", containsString("时限已保存")));
        assertThat(limits.of(ComplaintKind.WAGE, false, fx.townshipA.getPath()))
                .isEqualTo(new TimeLimits.Limits(null, 2, 3, 20));
        assertThat(limits.of(ComplaintKind.WAGE, false, "/999999/").concludeDays()).as("other counties keep theirs").isEqualTo(15);
        mvc.perform(get(page).session(county)).andExpect(content().string(containsString("本辖区")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'COMPLAINT_LIMITS' AND actor = ?",
                Integer.class, fx.user("county"))).isEqualTo(1);
    }

    @Test
    void aCountyRoutesComplaintsAboutAPlaceToAnOfficeInItsScope() throws Exception {
        String page = "/console/complaints/settings";
        MockHttpSession county = login("county");
        String place = "东莞长安" + fx.tag;
        mvc.perform(post(page + "/routes").session(county).with(csrf()).param("place", place)
                .param("regionCode", fx.villageA.getCode())).andExpect(flash().attribute("error", containsString("不受理投诉")));
        mvc.perform(post(page + "/routes").session(county).with(csrf()).param("place", place)
                .param("regionCode", fx.prefecture.getCode())).andExpect(flash().attribute("error", containsString("本辖区内")));
        mvc.perform(post(page + "/routes").session(county).with(csrf()).param("place", "东")
                .param("regionCode", fx.townshipA.getCode())).andExpect(flash().attribute("error", containsString("2到64个字")));
        mvc.perform(post(page + "/routes").session(county).with(csrf()).param("place", place)
                .param("regionCode", fx.townshipA.getCode())).andExpect(flash().attribute("success", "已添加去向。"));
        mvc.perform(post(page + "/routes").session(county).with(csrf()).param("place", place)
                .param("regionCode", fx.townshipB.getCode())).andExpect(flash().attribute("error", containsString("已经有去向")));
        mvc.perform(get(page).session(county)).andExpect(content().string(containsString(place)));
        long id = jdbc.queryForObject("SELECT id FROM complaint_route WHERE place = ?", Long.class, place);
        mvc.perform(post(page + "/routes/" + id + "/delete").session(login("zhou")).with(csrf()))
                .andExpect(flash().attribute("success", "已删除去向。"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_route WHERE place = ?", Integer.class, place)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'COMPLAINT_ROUTE' AND entity_id = ?",
                Integer.class, place)).isEqualTo(2);
    }
}
