package cn.laowu.admin.complaint;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.calendar.WorkCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A year's holidays pasted in one form by the 州, and the warning from 1 November when next year's are missing. */
@org.springframework.context.annotation.Import(CalendarYearConsoleTest.Config.class)
class CalendarYearConsoleTest extends ConsoleTestSupport {

    /** The clock every bean is given here: the test sets the day. */
    static final class HandClock extends Clock {
        volatile Instant now = Instant.now();

        void china(LocalDateTime local) {
            now = local.atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        HandClock handClock() {
            return new HandClock();
        }
    }

    @Autowired
    HandClock clock;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void now() {
        clock.now = Instant.now();
    }

    @Test
    void fromNovemberTheStateCouncilListIsAskedForAndPastedInOneForm() throws Exception {
        MockHttpSession zhou = login("zhou");
        clock.china(LocalDateTime.of(2040, 10, 31, 10, 0));
        mvc.perform(get("/console").session(zhou)).andExpect(content().string(not(containsString("calendar-warning"))));
        clock.china(LocalDateTime.of(2040, 11, 1, 9, 0));
        mvc.perform(get("/console").session(zhou))
                .andExpect(content().string(containsString("2041年的法定节假日和调休还没有录入")));
        mvc.perform(get("/console").session(login("county"))).andExpect(content().string(not(containsString("calendar-warning"))));
        mvc.perform(get("/console/complaints/calendar").session(zhou).param("year", "2041"))
                .andExpect(content().string(containsString("2041年的法定节假日")))
                .andExpect(content().string(containsString("2027-02-06~2027-02-13 休 春节")));

        String list = "2041-01-01 休 元旦\n2041-01-31~2041-02-06 休 春节\n2041-02-09 班 春节调休上班\n";
        mvc.perform(post("/console/complaints/calendar/year").session(login("county")).with(csrf())
                .param("year", "2041").param("list", list)).andExpect(status().isForbidden());
        mvc.perform(post("/console/complaints/calendar/year").session(zhou).with(csrf()).param("year", "2041")
                        .param("list", list + "2041-13-01 休 错日子"))
                .andExpect(flash().attribute("error", containsString("第4行")));
        mvc.perform(post("/console/complaints/calendar/year").session(zhou).with(csrf()).param("year", "2041")
                        .param("list", "2040-12-31 休 跨年"))
                .andExpect(flash().attribute("error", containsString("不是2041年的日期")));
        assertThat(calendar.year(2041)).as("nothing saved from a refused list").isEmpty();

        mvc.perform(post("/console/complaints/calendar/year").session(zhou).with(csrf()).param("year", "2041").param("list", list))
                .andExpect(flash().attribute("success", containsString("共9天")));
        calendar.forget();
        assertThat(calendar.isWorkingDay(LocalDate.of(2041, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2041, 2, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2041, 2, 9))).as("a Saturday worked").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2041, 3, 2))).as("weekends of any year").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'CALENDAR_YEAR' AND entity_id = '2041'",
                Integer.class)).isEqualTo(1);
        mvc.perform(get("/console").session(zhou)).andExpect(content().string(not(containsString("calendar-warning"))));
    }
}
