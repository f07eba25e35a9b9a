-- 输出人数 by home region and month, kept with every placement (ExportTally), so the dashboard sums a
-- few rows instead of counting a year's placements. workers: placed outside their county in the
-- month (each once); first_of_year: of them, those whose first such placement of the year it was.
CREATE TABLE export_tally (
    month         DATE        NOT NULL,
    region_path   VARCHAR(80) NOT NULL,
    workers       INT         NOT NULL DEFAULT 0,
    first_of_year INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (month, region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each worker adds to export_tally, so a change to one worker moves exactly their counts.
CREATE TABLE export_counted (
    worker_id     BIGINT      NOT NULL,
    month         DATE        NOT NULL,
    region_path   VARCHAR(80) NOT NULL,
    first_of_year TINYINT(1)  NOT NULL,
    PRIMARY KEY (worker_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO export_counted (worker_id, month, region_path, first_of_year)
SELECT w, m, p, ROW_NUMBER() OVER (PARTITION BY w, YEAR(m) ORDER BY m) = 1 FROM (
    SELECT DISTINCT a.worker_id w, DATE_SUB(DATE(a.placed_at), INTERVAL DAYOFMONTH(a.placed_at) - 1 DAY) m,
           wk.home_region_path p
    FROM job_application a JOIN job j ON j.id = a.job_id JOIN worker wk ON wk.id = a.worker_id
    WHERE a.placed_at IS NOT NULL AND j.work_area <> 'IN_COUNTY'
) t;

INSERT INTO export_tally (month, region_path, workers, first_of_year)
SELECT month, region_path, COUNT(*), SUM(first_of_year) FROM export_counted GROUP BY month, region_path;
