-- The archive's counts by home village and month, kept with every write of a card (WorkerTally),
-- so the dashboard sums a few rows per village instead of counting a million cards per request.
-- registered and poverty count the cards by the month they were created, confirmed by the month
-- of their last yearly confirmation (待年度复核 is a sum of the months more than a year back).
CREATE TABLE worker_tally (
    region_path VARCHAR(80) NOT NULL,
    month       DATE        NOT NULL,
    registered  INT         NOT NULL DEFAULT 0,
    poverty     INT         NOT NULL DEFAULT 0,
    confirmed   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (region_path, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The month the tally cannot split (the one a year ago today) is counted from the cards.
ALTER TABLE worker ADD KEY idx_worker_confirmed (confirmed_at, home_region_path);

INSERT INTO worker_tally (region_path, month, registered, poverty, confirmed)
SELECT p, m, SUM(r), SUM(v), SUM(c) FROM (
    SELECT home_region_path p, DATE_SUB(DATE(created_at), INTERVAL DAYOFMONTH(created_at) - 1 DAY) m,
           COUNT(*) r, SUM(poverty_registered) v, 0 c
    FROM worker GROUP BY home_region_path, DATE_SUB(DATE(created_at), INTERVAL DAYOFMONTH(created_at) - 1 DAY)
    UNION ALL
    SELECT home_region_path, DATE_SUB(DATE(confirmed_at), INTERVAL DAYOFMONTH(confirmed_at) - 1 DAY), 0, 0, COUNT(*)
    FROM worker GROUP BY home_region_path, DATE_SUB(DATE(confirmed_at), INTERVAL DAYOFMONTH(confirmed_at) - 1 DAY)
) t GROUP BY p, m;
