-- The year's figures count placements and follow-ups by the worker's home region. Joining a year of
-- placements to every worker took most of a 州's snapshot at a million workers, so the application
-- keeps the worker's home region beside it (follow_up already keeps it in region_path). Both are the
-- worker's current home: a move updates the worker's rows (WorkerHomeMoved), so the figures stay "by
-- home region" exactly as before.
ALTER TABLE job_application ADD COLUMN home_region_path VARCHAR(80) NULL;

UPDATE job_application a JOIN worker w ON w.id = a.worker_id SET a.home_region_path = w.home_region_path;

UPDATE follow_up f JOIN worker w ON w.id = f.worker_id SET f.region_path = w.home_region_path
WHERE f.region_path <> w.home_region_path;

ALTER TABLE job_application MODIFY home_region_path VARCHAR(80) NOT NULL,
    -- a year's placements in date order with region, worker and job, from the index alone: the counts,
    -- and a big unit's drill-down page read in order until it is full
    ADD KEY idx_application_placed_order (placed_at, id, home_region_path, worker_id, job_id),
    -- a unit's placements (the drill-down), and a worker's placements by date (first of the year)
    ADD KEY idx_application_home_placed (home_region_path, placed_at, worker_id, job_id),
    ADD KEY idx_application_worker_placed (worker_id, placed_at);

ALTER TABLE follow_up
    -- 稳定就业: the 6-month answers of a year in date order with region and worker, from the index alone
    ADD KEY idx_follow_up_stable (month_no, still_employed, due_on, id, region_path, worker_id),
    -- a unit's 6-month answers (the drill-down) and a worker's (first of the year)
    ADD KEY idx_follow_up_stable_home (month_no, still_employed, region_path, due_on, worker_id),
    ADD KEY idx_follow_up_stable_worker (worker_id, month_no, still_employed, due_on),
    -- 劳务收入: a placement's latest wage and the day it ended, from the index alone
    ADD KEY idx_follow_up_income (application_id, month_no, monthly_wage_fen, still_employed, due_on);

ALTER TABLE worker
    -- cards at each month's end and those reviewed, per region, from the index alone
    ADD KEY idx_worker_created_home (created_at, home_region_path, poverty_registered),
    ADD KEY idx_worker_confirmed_home (confirmed_at, home_region_path),
    ADD KEY idx_worker_home_confirmed (home_region_path, confirmed_at);
