package cn.laowu.admin.target;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.progress.IndicatorValues;
import cn.laowu.core.progress.ProgressStore;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.region.Region;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records behind a figure, through HTTP: the list of a unit matches its figure on hand-made
 * records, another 州's records never show, leaders see masked names, each opening is audited.
 */
class RecordsDrillDownTest extends ConsoleTestSupport {

    private static final int YEAR = 2018;

    @Autowired
    ProgressStore store;
    @Autowired
    JdbcTemplate jdbc;

    ConsoleFixture other;
    Worker outsider;
    long employer;

    @BeforeEach
    void records() {
        other = new ConsoleFixture(regions, staff, workers);
        employer = insert("INSERT INTO employer (name, location, owner_region_path, created_at, updated_at) "
                + "VALUES ('某厂', '宁波', ?, NOW(), NOW())", fx.county.getPath());
        // 甲某: first placed in February (省外), again in March (not counted twice); a wage of 5,000 on record
        long a1 = placed(fx.workerA, "OUT_OF_PROVINCE", LocalDate.of(YEAR, 2, 10));
        placed(fx.workerA, "IN_COUNTY", LocalDate.of(YEAR, 3, 1));
        followUp(a1, fx.workerA, 1, LocalDate.of(YEAR, 3, 10), true, 500_000L);
        // 乙某: placed in March (省内), a wage of 4,000
        long a2 = placed(fx.workerB, "IN_PROVINCE", LocalDate.of(YEAR, 3, 15));
        followUp(a2, fx.workerB, 1, LocalDate.of(YEAR, 4, 15), true, 400_000L);
        trained(fx.workerA, LocalDate.of(YEAR, 3, 1), "ENROLLED");
        trained(fx.workerB, LocalDate.of(YEAR, 2, 1), "CANCELLED");
        complaint(fx.villageA, LocalDate.of(YEAR, 2, 1), "CONCLUDED", false);
        complaint(fx.villageB, LocalDate.of(YEAR, 3, 1), "CONCLUDED", true);
        complaint(fx.villageA, LocalDate.of(YEAR, 3, 5), "IN_PROGRESS", false);
        // 乙某, placed last October, still employed at the 6-month follow-up in April: 稳定就业
        long a0 = placed(fx.workerB, "IN_PROVINCE", LocalDate.of(YEAR - 1, 10, 20));
        followUp(a0, fx.workerB, 6, LocalDate.of(YEAR, 4, 20), true, null);
        // 甲某 completed a course (started last December) in January and was placed in February: 培训后就业
        completed(fx.workerA, LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR, 1, 20));
        // 甲某's card reviewed in March: the 更新率's numerator
        jdbc.update("UPDATE worker SET confirmed_at = ? WHERE id = ?", utc(LocalDate.of(YEAR, 3, 2)), fx.workerA.getId());
        // another 州's worker, placed, trained and paid the same way
        outsider = other.workerA;
        jdbc.update("UPDATE worker SET name = '丙外州' WHERE id = ?", outsider.getId());
        long a3 = placed(outsider, "OUT_OF_PROVINCE", LocalDate.of(YEAR, 2, 1));
        followUp(a3, outsider, 1, LocalDate.of(YEAR, 3, 1), true, 300_000L);
        trained(outsider, LocalDate.of(YEAR, 3, 1), "ENROLLED");
        complaint(other.villageA, LocalDate.of(YEAR, 2, 1), "CONCLUDED", false);
        store.refresh(YEAR);
    }

    @Test
    void eachListMatchesItsFigureAndStaysInTheCounty() throws Exception {
        Totals county = store.rollUp(YEAR, 4, fx.county.getPath()).get(fx.county.getPath());
        MockHttpSession zhou = login("zhou");
        assertThat(figure("TRANSFER", county)).isEqualTo(200);
        assertThat(total(zhou, fx.county, "TRANSFER")).isEqualTo("共2条记录");
        assertThat(figure("TRANSFER_OUT", county)).isEqualTo(100);
        assertThat(total(zhou, fx.county, "TRANSFER_OUT")).isEqualTo("共1条记录");
        assertThat(figure("TRAINED", county)).isEqualTo(100);
        assertThat(total(zhou, fx.county, "TRAINED")).isEqualTo("共1条记录");
        // 5,000 × 3 months (February to April) + 4,000 × 2 months (March, April) = 23,000 元 = 2.30 万元
        assertThat(figure("INCOME", county)).isEqualTo(230);
        assertThat(total(zhou, fx.county, "INCOME")).isEqualTo("有工资记录的2人,合计2.30万元");
        assertThat(figure("COMPLAINT_ON_TIME", county)).isEqualTo(5000);
        assertThat(total(zhou, fx.county, "COMPLAINT_ON_TIME")).isEqualTo("应办结2件,其中按时办结1件");
        assertThat(figure("STABLE", county)).isEqualTo(100);
        assertThat(total(zhou, fx.county, "STABLE")).isEqualTo("共1条记录");
        assertThat(figure("TRAINED_EMPLOYED", county)).isEqualTo(100);
        assertThat(total(zhou, fx.county, "TRAINED_EMPLOYED")).isEqualTo("共1条记录");
        assertThat(county.get(cn.laowu.core.progress.Measure.WORKERS_REVIEWED)).isEqualTo(1);
        assertThat(total(zhou, fx.county, "CARD_UPDATE")).startsWith("年内已复核1张信息卡");
        mvc.perform(records(zhou, fx.county, "STABLE")).andExpect(content().string(containsString("乙某")))
                .andExpect(content().string(not(containsString("甲某"))));
        mvc.perform(records(zhou, fx.county, "TRAINED_EMPLOYED")).andExpect(content().string(containsString("甲某")));
        // a township's list is its own part
        assertThat(total(zhou, fx.townshipA, "TRANSFER")).isEqualTo("共1条记录");
        mvc.perform(records(zhou, fx.county, "TRANSFER")).andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(not(containsString("丙外州"))));

        // another 州's unit is not found; a county never sees its neighbour's records
        mvc.perform(records(zhou, other.county, "TRANSFER")).andExpect(status().isNotFound());
        MockHttpSession towna = login("towna");
        mvc.perform(records(towna, fx.townshipB, "TRANSFER")).andExpect(status().isNotFound());
        mvc.perform(records(towna, fx.townshipA, "NO_SUCH")).andExpect(status().isNotFound());
    }

    @Test
    void leadersSeeMaskedNamesAndEveryOpeningIsAudited() throws Exception {
        long seen = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        MockHttpSession leader = login("leader");
        mvc.perform(records(leader, fx.county, "TRANSFER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲*")))
                .andExpect(content().string(not(containsString("甲某"))))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())));
        mvc.perform(records(leader, fx.county, "INCOME")).andExpect(content().string(containsString("乙*")));
        MockHttpSession county = login("county");
        mvc.perform(records(county, fx.county, "TRANSFER")).andExpect(content().string(containsString("甲某")));
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE id > ? AND entity_type = 'target_indicator'",
                String.class, seen)).containsExactly("VIEW_RECORDS", "VIEW_RECORDS", "VIEW_RECORDS");
    }

    private static long figure(String code, Totals totals) {
        return IndicatorValues.actualX100(code, totals);
    }

    private String total(MockHttpSession session, Region unit, String code) throws Exception {
        String html = mvc.perform(records(session, unit, code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"records-total\">\\s*<span>([^<]*)</span>").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static org.springframework.test.web.servlet.RequestBuilder records(MockHttpSession session, Region unit,
                                                                                String code) {
        return get("/console/dispatch/records").session(session).param("region", unit.getCode())
                .param("indicator", code).param("year", String.valueOf(YEAR)).param("month", "4");
    }

    // hand-made rows, as the features write them (the dates are in the past, which the services refuse)

    private long placed(Worker worker, String area, LocalDate day) {
        long job = insert("INSERT INTO job (employer_id, title, industry, work_area, work_place, wage_min_fen, "
                        + "wage_max_fen, headcount, status, owner_region_path, search_text, created_at, updated_at) "
                        + "VALUES (?, '普工', '制造', ?, '宁波', 400000, 600000, 10, 'OPEN', ?, '普工', ?, ?)",
                employer, area, fx.county.getPath(), utc(day), utc(day));
        return insert("INSERT INTO job_application (job_id, worker_id, home_region_path, status, holds_place, channel, "
                        + "placed_at, created_at, updated_at) VALUES (?, ?, ?, 'PLACED', 1, 'CONSOLE', ?, ?, ?)",
                job, worker.getId(), worker.getHomeRegionPath(), utc(day).plusHours(10), utc(day), utc(day));
    }

    private void followUp(long application, Worker worker, int monthNo, LocalDate due, boolean employed, Long wageFen) {
        jdbc.update("INSERT INTO follow_up (application_id, worker_id, region_path, month_no, due_on, recorded_at, "
                        + "recorded_by, still_employed, monthly_wage_fen) VALUES (?, ?, ?, ?, ?, ?, 'clerk', ?, ?)",
                application, worker.getId(), worker.getHomeRegionPath(), monthNo, due, utc(due), employed, wageFen);
    }

    private void trained(Worker worker, LocalDate starts, String status) {
        long course = insert("INSERT INTO training_course (title, kind, occupation, target_level, institution_id, "
                        + "institution_name, region_code, region_path, place, starts_on, ends_on, capacity, teachers, "
                        + "teaching_plan, search_text, status, created_at, updated_at) VALUES ('焊工', 'PRE_EMPLOYMENT', "
                        + "'焊工', 'BASIC', ?, '职校', ?, ?, '县职校', ?, ?, 30, '王老师', '计划', '焊工', 'OPEN', ?, ?)",
                staff.findByUsername(fx.user("zhou")).orElseThrow().getId(), fx.county.getCode(), fx.county.getPath(), starts,
                starts.plusDays(10), utc(starts), utc(starts));
        jdbc.update("INSERT INTO training_enrolment (course_id, worker_id, status, holds_seat, channel, created_at, "
                + "updated_at) VALUES (?, ?, ?, 1, 'CONSOLE', ?, ?)", course, worker.getId(), status, utc(starts), utc(starts));
    }

    private void completed(Worker worker, LocalDate starts, LocalDate completedOn) {
        trained(worker, starts, "COMPLETED");
        jdbc.update("UPDATE training_enrolment SET completed_on = ? WHERE id = (SELECT id FROM (SELECT MAX(id) id "
                + "FROM training_enrolment) last)", completedOn);
    }

    private void complaint(Region from, LocalDate received, String status, boolean late) {
        jdbc.update("INSERT INTO complaint (kind, urgent, status, complainant_name, origin_region_path, "
                + "owner_region_code, owner_region_path, conclude_late, created_at, updated_at) "
                + "VALUES ('WAGE', 0, ?, '某某', ?, ?, ?, ?, ?, ?)", status, from.getPath(), from.getCode(),
                from.getPath(), late, utc(received), utc(received));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private static LocalDateTime utc(LocalDate chinaDay) {
        return chinaDay.atStartOfDay().minusHours(8);
    }
}
