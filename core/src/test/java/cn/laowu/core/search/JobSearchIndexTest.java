package cn.laowu.core.search;

import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class JobSearchIndexTest {

    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    JobSearch search;
    @Autowired
    JobSearchIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobTermMapper termMapper;

    private RegionScope scope;
    private Actor clerk;
    private Employer employer;
    /** A word no other test's job has, so results are this test's alone. */
    private String word;

    @BeforeEach
    void setUp() {
        TestRegions.Chain chain = TestRegions.create(regions);
        scope = RegionScope.of(chain.county());
        clerk = new Actor("clerk", chain.county().getPath(), null);
        employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("索引测试厂", "广东东莞", null, null)).getId(), "已考察");
        StringBuilder letters = new StringBuilder("q");
        ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        word = letters.toString();
    }

    @Test
    void pairsAreTwoCharacterRunsWithinWords() {
        assertThat(JobSearchIndex.pairs("电子厂 普工")).containsExactly("电子", "子厂", "普工");
        assertThat(JobSearchIndex.pairs("SMT操作员")).containsExactly("sm", "mt", "t操", "操作", "作员");
        assertThat(JobSearchIndex.pairs("厨 ")).isEmpty();
    }

    @Test
    void wordsNoJobHasAnswerEmptyAndOthersAreFoundWhateverTheirCase() {
        Job job = publish(word.toUpperCase() + "操作员", WorkArea.OUT_OF_PROVINCE);
        assertThat(search.search(new JobQuery("挖掘机" + word, null, null, null), 0, 10)).isEmpty();
        assertThat(ids(new JobQuery(word, null, null, null), 0, 10)).containsExactly(job.getId());
        assertThat(ids(new JobQuery(word + " 东莞", null, null, null), 0, 10)).containsExactly(job.getId());
        assertThat(ids(new JobQuery(word + " 深圳", null, null, null), 0, 10)).isEmpty();
        // A one-character word has no pair: the open jobs are read instead, and still filtered.
        assertThat(ids(new JobQuery(word + " 操", null, null, null), 0, 10)).containsExactly(job.getId());
    }

    @Test
    void pagesRunThroughTheWishedAreaFirstThenTheRest() {
        Job a1 = publish(word + "甲", WorkArea.OUT_OF_PROVINCE);
        Job b1 = publish(word + "乙", WorkArea.IN_COUNTY);
        Job a2 = publish(word + "丙", WorkArea.OUT_OF_PROVINCE);
        Job b2 = publish(word + "丁", WorkArea.IN_COUNTY);
        Job b3 = publish(word + "戊", WorkArea.IN_COUNTY);
        JobQuery local = new JobQuery(word, null, null, WorkArea.IN_COUNTY);
        assertThat(ids(local, 0, 2)).containsExactly(b3.getId(), b2.getId());
        assertThat(ids(local, 2, 2)).containsExactly(b1.getId(), a2.getId());
        assertThat(ids(local, 4, 2)).containsExactly(a1.getId());
        assertThat(ids(local, 6, 2)).isEmpty();
    }

    @Test
    void aListsLinesAreTheJobsTheSearchFindsWithWhatALineShows() {
        Job a1 = publish(word + "甲", WorkArea.OUT_OF_PROVINCE);
        Job b1 = publish(word + "乙", WorkArea.IN_COUNTY);
        Job a2 = publish(word + "丙", WorkArea.OUT_OF_PROVINCE);
        JobQuery local = new JobQuery(word, null, null, WorkArea.IN_COUNTY);
        for (int offset = 0; offset < 4; offset += 2) {
            assertThat(search.lines(local, offset, 2).stream().map(JobLine::id).toList())
                    .isEqualTo(ids(local, offset, 2));
        }
        assertThat(ids(local, 0, 3)).containsExactly(b1.getId(), a2.getId(), a1.getId());
        assertThat(search.lines(local, 0, 1)).containsExactly(
                new JobLine(b1.getId(), word + "乙", "广东东莞", 450_000, 600_000, 5));
    }

    @Test
    void jobsWrittenStraightIntoTheDatabaseAreIndexedByTheBackfill() {
        Job job = publish(word + "叉车工", WorkArea.IN_PROVINCE);
        jdbc.update("DELETE FROM job_term WHERE job_id = ?", job.getId());
        assertThat(ids(new JobQuery(word, null, null, null), 0, 10)).isEmpty();
        assertThat(index.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(ids(new JobQuery(word, null, null, null), 0, 10)).containsExactly(job.getId());
        assertThat(index.backfill()).isZero();
    }

    @Test
    void aTermsCountIsAskedOnceAMinuteAndAStaleCountNeverHidesAJob() {
        int[] counted = {0};
        JobTermMapper counting = (JobTermMapper) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{JobTermMapper.class}, (proxy, method, args) -> {
                    if (method.getName().equals("count")) {
                        counted[0]++;
                    }
                    return method.invoke(termMapper, args);
                });
        JobSearchIndex fresh = new JobSearchIndex(counting);
        // Counted while no job has the word: every pair is 0, as "no such job".
        assertThat(fresh.rarestTerm(List.of(word))).isPresent();
        int pairs = counted[0];
        assertThat(pairs).isEqualTo(JobSearchIndex.pairs(word).size());
        Job job = publish(word + "叉车工", WorkArea.IN_PROVINCE);
        String term = fresh.rarestTerm(List.of(word)).orElseThrow();
        assertThat(counted[0]).as("counts of the last minute are reused").isEqualTo(pairs);
        // The remembered 0 only chose where to start: the job created since is still found from it.
        assertThat(termMapper.search(term, new QueryWrapper<Job>().last("ORDER BY t.job_id DESC")))
                .extracting(Job::getId).contains(job.getId());
        assertThat(ids(new JobQuery(word, null, null, null), 0, 10)).containsExactly(job.getId());
    }

    private List<Long> ids(JobQuery query, int offset, int limit) {
        return search.search(query, offset, limit).stream().map(card -> card.job().getId()).toList();
    }

    private Job publish(String title, WorkArea area) {
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title,
                "制造", area, "广东东莞", 450_000, 600_000, null, null, null, null, null, null, 5, false, null)).getId());
    }
}
