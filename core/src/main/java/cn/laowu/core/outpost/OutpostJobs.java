package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.LocalDate;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;

/**
 * 转岗换岗 on the spot: jobs an outpost collects where it is. They are drafts of the office that runs
 * the outpost (its employer unvetted), so the 州/县 vets and publishes them as any job; once published
 * they are offered first to workers who are there now (the nearby answer).
 */
@Service
public class OutpostJobs {

    /** What the outpost's staff collect: the employer and the job in a few words. */
    public record Collected(String employerName, String employerAddress, String contact, String title, String industry,
                            String workPlace, long wageMinYuan, long wageMaxYuan, String foodLodging, int headcount) {
    }

    private final JdbcTemplate jdbc;
    private final JobService jobs;
    private final OutpostService outposts;
    private final DestinationDivisions divisions;
    private final Clock clock;

    public OutpostJobs(JdbcTemplate jdbc, JobService jobs, OutpostService outposts, DestinationDivisions divisions,
                       Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.outposts = outposts;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The job must be in the outpost's area: its work place names a place there ("东莞长安"). */
    @Transactional
    public Job collect(Actor actor, OutpostScope scope, Collected input) {
        Outpost outpost = outposts.get(scope);
        Text.required(input.workPlace(), "工作地点", 64);
        List<DestinationDivision> area = outposts.area(outpost.id());
        if (divisions.read(input.workPlace()).filter(place -> inArea(area, place)).isEmpty()) {
            throw new RuleViolation("工作地点「" + input.workPlace().strip() + "」不在本中心的服务区域("
                    + area.stream().map(divisions::fullName).collect(Collectors.joining("、"))
                    + ")内,请写明区县或乡镇,如 东莞长安。");
        }
        RegionScope office = new RegionScope(outpost.parentRegionPath());
        Employer employer = jobs.createEmployer(actor, office, new JobService.NewEmployer(input.employerName(),
                input.employerAddress(), input.contact(), "由" + outpost.name() + "在当地收集,待考察"));
        Job job = jobs.createJob(actor, office, new JobService.JobDraft(employer.getId(), input.title(), input.industry(),
                WorkArea.OUT_OF_PROVINCE, input.workPlace(), input.wageMinYuan() * 100, input.wageMaxYuan() * 100, null,
                input.foodLodging(), null, null, null, null, input.headcount(), false, null));
        jdbc.update("INSERT INTO outpost_job (job_id, outpost_id, collected_by, collected_at) VALUES (?, ?, ?, ?)",
                job.getId(), outpost.id(), actor.username(), Timestamp.valueOf(LocalDateTime.now(clock)));
        return job;
    }

    /** What the outpost collected, newest first, whatever the 州/县 made of it (草稿, 已发布, 已关闭). */
    public List<JobService.JobCard> collected(OutpostScope scope, int limit) {
        List<Long> ids = jdbc.queryForList("SELECT job_id FROM outpost_job WHERE outpost_id = ? ORDER BY job_id DESC "
                + "LIMIT ?", Long.class, scope.outpostId(), Math.max(1, Math.min(limit, 200)));
        Map<Long, Job> byId = jobs.byIds(ids);
        return jobs.cards(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** The outpost a job was collected by, if any: its source. */
    public Optional<Outpost> sourceOf(long jobId) {
        return jdbc.queryForList("SELECT outpost_id FROM outpost_job WHERE job_id = ?", Long.class, jobId).stream()
                .findFirst().flatMap(outposts::find);
    }

    /**
     * Vetted jobs open now whose work place lies in the outpost's area: those it collected and those
     * the office that runs it published there. What its job notices may carry.
     */
    public List<JobService.JobCard> openInArea(OutpostScope scope) {
        Outpost outpost = outposts.get(scope);
        List<DestinationDivision> area = outposts.area(outpost.id());
        LocalDate today = ChinaTime.today(clock);
        return jobs.jobs(new RegionScope(outpost.parentRegionPath())).stream()
                .filter(card -> card.job().isOpenOn(today))
                .filter(card -> divisions.read(card.job().getWorkPlace()).filter(p -> inArea(area, p)).isPresent())
                .limit(50).toList();
    }

    private static boolean inArea(List<DestinationDivision> area, DestinationDivision place) {
        return area.stream().anyMatch(a -> place.path().startsWith(a.path()));
    }

    /** Published jobs collected by the outpost serving this place, newest first. */
    public List<JobService.JobCard> offeredAt(String divisionPath, int limit) {
        List<Long> ids = jdbc.queryForList("SELECT j.id FROM outpost_job oj " + JobSql.join("oj.job_id") + " "
                + "JOIN outpost o ON o.id = oj.outpost_id AND o.closed_at IS NULL "
                + "JOIN outpost_area a ON a.outpost_id = o.id WHERE " + JobSql.PUBLISHED + " "
                + "AND ? LIKE CONCAT(a.division_path, '%') ORDER BY j.published_at DESC, j.id DESC LIMIT ?",
                Long.class, divisionPath, Math.max(1, Math.min(limit, 20)));
        Map<Long, Job> byId = jobs.byIds(ids);
        return jobs.cards(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** For the figures: collected, and places filled on them. */
    public long[] collectedAndFilled(long outpostId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT COUNT(*) n, COALESCE(SUM(j.filled), 0) f FROM outpost_job oj "
                + JobSql.join("oj.job_id") + " WHERE oj.outpost_id = ?", outpostId);
        return new long[]{((Number) row.get("n")).longValue(), ((Number) row.get("f")).longValue()};
    }
}
