package cn.laowu.admin.worker;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.region.Region;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.devkit.test.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attack on "masked" ID numbers: a clerk takes a masked export and, row by row, combines
 * what it shows (the home village, hence the county; the age; the visible characters of the ID)
 * and keeps every ID number that passes the check character. Masking is judged on that: no row
 * may come down to one candidate. (It did: county + birth date + last 4 rebuilt every ID.)
 */
class MaskedIdReconstructionTest extends ConsoleTestSupport {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void noMaskedRowNarrowsDownToOneIdNumber() throws Exception {
        // The worst case for the worker: the ID was issued in the county of the home village, so
        // the regions here carry real province digits (the fixture's do not).
        String p = freePrefecture();
        regions.create(p, "掩码州" + p, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "掩码县" + p, p, 0);
        Region township = regions.create(county.getCode() + "101", "掩码镇" + p, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "掩码村" + p, township.getCode(), 0);
        String tag = "mask" + p + ThreadLocalRandom.current().nextInt(1000);
        staff.bootstrap(tag + "county", "县", StaffRole.COUNTY_ADMIN, county.getCode(), ConsoleFixture.PASSWORD, false);
        staff.bootstrap(tag + "town", "镇", StaffRole.TOWNSHIP_STAFF, township.getCode(), ConsoleFixture.PASSWORD, false);
        staff.bootstrap(tag + "village", "村", StaffRole.VILLAGE_CLERK, village.getCode(), ConsoleFixture.PASSWORD, false);
        staff.bootstrap(tag + "leader", "领导", StaffRole.LEADER_READONLY, county.getCode(), ConsoleFixture.PASSWORD, false);
        List<Worker> registered = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            registered.add(workers.register(new NewWorker("掩码" + (char) ('甲' + i), idIn(county.getCode()),
                    "1380000" + String.format("%04d", i), village.getCode(), false)));
        }
        for (String who : List.of("county", "town", "village", "leader")) {
            MockHttpSession session = signIn(tag + who);
            List<Map<Integer, String>> rows = rows(mvc.perform(get("/console/workers/export").session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(rows).hasSize(registered.size());
            for (Map<Integer, String> row : rows) {
                assertThat(candidates(row)).as("%s's export, row %s", who, row).isGreaterThan(1);
            }
        }
        // The screen of one worker shows the same: age, last 4 characters, never the birth date.
        Worker one = registered.get(2);
        String birth = one.getBirthDate().format(BASIC);
        mvc.perform(get("/console/workers/" + one.getId()).session(signIn(tag + "town")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        one.getBirthDate().toString()))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(birth))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(one.getIdNumberMasked())));
    }

    private String freePrefecture() {
        for (int tries = 0; ; tries++) {
            String code = String.format("43%02d00", 40 + ThreadLocalRandom.current().nextInt(60));
            if (regions.find(code).isEmpty() || tries > 200) {
                return code;
            }
        }
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String location = mvc.perform(post("/console/login").session(session).with(csrf())
                        .param("username", username).param("password", ConsoleFixture.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("login of %s", username).isEqualTo("/console");
        return session;
    }

    /** Every ID number consistent with the row: county of its village, a birthday at its age, its visible characters. */
    private static int candidates(Map<Integer, String> row) {
        int age = Integer.parseInt(row.get(2).trim());
        String masked = row.get(3);
        String county = row.get(5).substring(0, 6);
        assertThat(masked).hasSize(18);
        assertThat(row.get(23)).as("no birth date in a masked export").isNullOrEmpty();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - age;
        int count = 0;
        // Birth date unknown: try every day of the year (and the year before, in case age is counted otherwise).
        for (int y = year - 1; y <= year; y++) {
            for (LocalDate day = LocalDate.of(y, 1, 1); day.getYear() == y; day = day.plusDays(1)) {
                String prefix = county + day.format(BASIC);
                count += matches(prefix, masked);
            }
        }
        return count;
    }

    /** How many full numbers starting with {@code prefix} fit the masked one (its '*'s are unknown). */
    private static int matches(String prefix, String masked) {
        for (int i = 0; i < prefix.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != prefix.charAt(i)) {
                return 0;
            }
        }
        return fill(prefix, masked);
    }

    private static int fill(String known, String masked) {
        if (known.length() == 17) {
            char check = ChineseIdNumber.checkChar(known);
            return masked.charAt(17) == '*' || masked.charAt(17) == check ? 1 : 0;
        }
        char shown = masked.charAt(known.length());
        if (shown != '*') {
            return fill(known + shown, masked);
        }
        int total = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            total += fill(known + digit, masked);
        }
        return total;
    }

    private static ChineseIdNumber idIn(String countyCode) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = TestIdNumbers.first17(countyCode, 1970 + random.nextInt(35));
        return ChineseIdNumber.parse(first17 + ChineseIdNumber.checkChar(first17));
    }

    private static List<Map<Integer, String>> rows(byte[] xlsx) {
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                rows.add(row);
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).sheet(0).headRowNumber(1).doRead();
        return rows;
    }
}
