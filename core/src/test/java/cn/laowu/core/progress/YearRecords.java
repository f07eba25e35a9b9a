package cn.laowu.core.progress;

import cn.laowu.core.TestIds;
import cn.laowu.core.region.Region;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hand-made records for the year's figures, written as the features write them (rows, not
 * services, so a test can place them on any past date). China days; stored times are UTC (−8 h).
 */
public final class YearRecords {

    private final JdbcTemplate jdbc;
    private final WorkerService workers;
    private final StaffService staff;
    private final Region region;
    private Long employerId;
    private Long institutionId;

    public YearRecords(JdbcTemplate jdbc, WorkerService workers, StaffService staff, Region region) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.staff = staff;
        this.region = region;
    }

    /** A worker of the region whose card was made on {@code created} and last confirmed on {@code confirmed}. */
    public Worker worker(Region home, boolean poverty, LocalDate created, LocalDate confirmed) {
        Worker w = TestIds.register(workers, "测试", null, home.getCode(), poverty);
        jdbc.update("UPDATE worker SET created_at = ?, confirmed_at = ? WHERE id = ?", utc(created), utc(confirmed), w.getId());
        return w;
    }

    /** A job in the area, and the worker placed on it on that China day at 10:00: the application's id. */
    public long placed(Worker worker, String area, LocalDate day) {
        long job = insert("INSERT INTO job (employer_id, title, industry, work_area, work_place, wage_min_fen, "
                + "wage_max_fen, headcount, status, owner_region_path, search_text, created_at, updated_at) "
                + "VALUES (?, '普工', '制造', ?, '宁波', 400000, 600000, 10, 'OPEN', ?, '普工', ?, ?)",
                employer(), area, region.getPath(), utc(day), utc(day));
        return insert("INSERT INTO job_application (job_id, worker_id, home_region_path, status, holds_place, channel, "
                + "placed_at, created_at, updated_at) VALUES (?, ?, ?, 'PLACED', 1, 'CONSOLE', ?, ?, ?)",
                job, worker.getId(), worker.getHomeRegionPath(), utc(day).plusHours(10), utc(day), utc(day));
    }

    public void followUp(long application, Worker worker, int monthNo, LocalDate due, Boolean stillEmployed, Long wageFen) {
        jdbc.update("INSERT INTO follow_up (application_id, worker_id, region_path, month_no, due_on, recorded_at, "
                + "recorded_by, still_employed, monthly_wage_fen) VALUES (?, ?, ?, ?, ?, ?, 'clerk', ?, ?)",
                application, worker.getId(), worker.getHomeRegionPath(), monthNo, due, utc(due), stillEmployed, wageFen);
    }

    /** On a course starting on {@code starts}, with the enrolment's status and completion day. */
    public void trained(Worker worker, LocalDate starts, String status, LocalDate completedOn) {
        long course = insert("INSERT INTO training_course (title, kind, occupation, target_level, institution_id, "
                + "institution_name, region_code, region_path, place, starts_on, ends_on, capacity, teachers, "
                + "teaching_plan, search_text, status, created_at, updated_at) VALUES ('焊工', 'PRE_EMPLOYMENT', '焊工', "
                + "'BASIC', ?, '职校', ?, ?, '县职校', ?, ?, 30, '王老师', '计划', '焊工', 'OPEN', ?, ?)",
                institution(), region.getCode(), region.getPath(), starts, starts.plusDays(10), utc(starts), utc(starts));
        jdbc.update("INSERT INTO training_enrolment (course_id, worker_id, status, holds_seat, channel, completed_on, "
                + "created_at, updated_at) VALUES (?, ?, ?, 1, 'CONSOLE', ?, ?, ?)",
                course, worker.getId(), status, completedOn, utc(starts), utc(starts));
    }

    /** A complaint from the area, received that day; concluded (late or not) or still open. */
    public void complaint(Region from, LocalDate received, String status, boolean concludeLate) {
        jdbc.update("INSERT INTO complaint (kind, urgent, status, complainant_name, origin_region_path, "
                + "owner_region_code, owner_region_path, conclude_late, created_at, updated_at) "
                + "VALUES ('WAGE', 0, ?, '某某', ?, ?, ?, ?, ?, ?)", status, from.getPath(), from.getCode(),
                from.getPath(), concludeLate, utc(received), utc(received));
    }

    private long employer() {
        if (employerId == null) {
            employerId = insert("INSERT INTO employer (name, location, owner_region_path, created_at, updated_at) "
                    + "VALUES ('某厂', '宁波', ?, ?, ?)", region.getPath(), LocalDateTime.now(), LocalDateTime.now());
        }
        return employerId;
    }

    private long institution() {
        if (institutionId == null) {
            institutionId = staff.bootstrap("school" + ThreadLocalRandom.current().nextInt(1_000_000), "职校",
                    StaffRole.TRAINING_PROVIDER, region.getCode(), "test1234", false).getId();
        }
        return institutionId;
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

    /** A China day's midnight as stored (UTC). */
    public static LocalDateTime utc(LocalDate chinaDay) {
        return chinaDay.atStartOfDay().minusHours(8);
    }
}
