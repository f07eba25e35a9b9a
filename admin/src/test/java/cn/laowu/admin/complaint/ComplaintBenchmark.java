package cn.laowu.admin.complaint;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintSweep;
import cn.laowu.core.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Benchmark, not part of the suite (surefire excludes *Benchmark): 1,000,000 complaints of which
 * 100,000 open, spread over 100 townships; the sweep's run time and a township's queue page
 * (the real page through MockMvc: 10,000 cases of its own, all of them open, as i % 100 = 0 implies i % 10 = 0). Run:
 * {@code mvn -pl admin -am verify -Dtest=ComplaintBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ComplaintBenchmark extends ConsoleTestSupport {

    private static final String DIGITS = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL "
            + "SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintSweep sweep;
    @Autowired
    ComplaintQueue caseQueue;

    @Test
    void sweepAndQueueWith1000000Cases() throws Exception {
        System.out.printf("BENCH load average at the start: %s%n", loadAverage());
        long loading = System.nanoTime();
        String a = fx.townshipA.getPath();
        // i % 100 = 0: township A's; every tenth case open; every 10,000th overdue now (in township A).
        jdbc.update("INSERT INTO complaint (case_no, kind, urgent, status, complainant_name, employer_name, employer_key, "
                + "origin_region_path, owner_region_code, owner_region_path, escalations, stage, due_at, warn_at, warned, "
                + "accept_due, answer_due, conclude_due, concluded_at, created_at, updated_at) "
                + "SELECT CONCAT('B', i), IF(i % 3 = 0, 'INJURY', 'WAGE'), 0, IF(i % 10 = 0, 'IN_PROGRESS', 'CLOSED'), '压测', "
                + "CONCAT('压测厂', i % 5000), CONCAT('压测厂', i % 5000), "
                + "IF(i % 100 = 0, ?, CONCAT('/999900/999901/999901', LPAD(i % 100, 3, '0'), '/')), "
                + "IF(i % 100 = 0, ?, CONCAT('999901', LPAD(i % 100, 3, '0'))), "
                + "IF(i % 100 = 0, ?, CONCAT('/999900/999901/999901', LPAD(i % 100, 3, '0'), '/')), 0, "
                + "IF(i % 10 = 0, 'CONCLUDE', NULL), "
                + "IF(i % 10000 = 0, NOW(3) - INTERVAL 1 HOUR, IF(i % 10 = 0, NOW(3) + INTERVAL (i % 15 + 2) DAY, NULL)), "
                + "IF(i % 10 = 0, NOW(3) + INTERVAL (i % 15 + 1) DAY, NULL), 0, NOW(3), NOW(3), NOW(3) + INTERVAL 15 DAY, "
                + "IF(i % 10 = 0, NULL, NOW(3) - INTERVAL 30 DAY), NOW(3) - INTERVAL (i % 365) DAY, NOW(3) "
                + "FROM (SELECT a.d + b.d * 10 + c.d * 100 + e.d * 1000 + f.d * 10000 + g.d * 100000 + 1 i "
                + "FROM " + DIGITS + " a, " + DIGITS + " b, " + DIGITS + " c, " + DIGITS + " e, " + DIGITS + " f, "
                + DIGITS + " g) n", a, fx.townshipA.getCode(), a);
        System.out.printf("BENCH loaded 1,000,000 complaints in %.0f s%n", (System.nanoTime() - loading) / 1e9);
        jdbc.execute("ANALYZE TABLE complaint");

        List<Long> sweeps = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            ComplaintSweep.Result result = sweep.sweep();
            sweeps.add((System.nanoTime() - t) / 1_000_000);
            System.out.printf("BENCH sweep run %d: %d ms, %s%n", run + 1, sweeps.get(run), result);
        }

        MockHttpSession session = login("towna");
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/console/complaints").session(session)).andExpect(status().isOk());
        }
        // Interleaved, so the machine's load (shared with other builds) weighs on all three alike: the page,
        // the query alone (ComplaintQueue.queue), and a light page of the same section (the empty 人工 inbox).
        // The page's CPU time on this thread (MockMvc runs it here) does not count the time waiting for a core.
        RegionScope scope = RegionScope.of(fx.townshipA);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> pages = new ArrayList<>();
        List<Long> pageCpu = new ArrayList<>();
        List<Long> queries = new ArrayList<>();
        List<Long> inbox = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            mvc.perform(get("/console/complaints").session(session)).andExpect(status().isOk());
            pages.add((System.nanoTime() - t) / 1000);
            pageCpu.add((cpu.getCurrentThreadCpuTime() - c0) / 1000);
            t = System.nanoTime();
            assertThat(caseQueue.queue(scope, ComplaintQueue.Query.all(), 1, 50).getRecords()).hasSize(50);
            queries.add((System.nanoTime() - t) / 1000);
            t = System.nanoTime();
            mvc.perform(get("/console/complaints/inbox").session(session)).andExpect(status().isOk());
            inbox.add((System.nanoTime() - t) / 1000);
        }
        for (List<Long> figures : List.of(pages, pageCpu, queries, inbox)) {
            Collections.sort(figures);
        }
        System.out.printf("BENCH township queue page (10,000 open of its own, 100,000 open in all): p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms%n", pages.get(99) / 1000.0, pages.get(189) / 1000.0, pages.get(197) / 1000.0);
        System.out.printf("BENCH   its CPU time in the JVM: p50 %.1f ms, p95 %.1f ms%n", pageCpu.get(99) / 1000.0,
                pageCpu.get(189) / 1000.0);
        System.out.printf("BENCH queue query alone (ComplaintQueue.queue, 50 rows): p50 %.1f ms, p95 %.1f ms%n",
                queries.get(99) / 1000.0, queries.get(189) / 1000.0);
        System.out.printf("BENCH light page of the same section (/console/complaints/inbox, empty): p50 %.1f ms, p95 %.1f ms%n",
                inbox.get(99) / 1000.0, inbox.get(189) / 1000.0);
        jdbc.queryForList("EXPLAIN SELECT DISTINCT owner_region_path FROM complaint WHERE owner_region_path LIKE ?", a + "%")
                .forEach(plan -> System.out.println("BENCH explain paths: " + plan));
        for (String half : List.of("owner_region_path", "origin_region_path")) {
            jdbc.queryForList("EXPLAIN (SELECT id, due_at FROM complaint WHERE " + half + " = ? AND status = 'IN_PROGRESS' "
                            + "AND due_at IS NOT NULL ORDER BY due_at, id LIMIT 50) UNION ALL (SELECT id, due_at FROM complaint "
                            + "WHERE " + half + " = ? AND status = 'NEEDS_INFO' AND due_at IS NULL ORDER BY id LIMIT 50)", a, a)
                    .forEach(plan -> System.out.println("BENCH explain " + half + ": " + plan));
        }
        System.out.printf("BENCH load average at the end: %s%n", loadAverage());
        assertThat(pages).hasSize(200);
    }

    /** The machine is shared: the figures mean little without it. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
