-- The archive's counts kept with every write of a card (WorkerTally), so the dashboard sums a few
-- rows per village instead of counting a million cards per request. worker_total: cards and 建档立卡
-- by home village; worker_tally: by month, the cards created in it and the cards last confirmed in
-- it (待年度复核 = cards less those confirmed since the month a year ago, that month counted from the cards).
CREATE TABLE worker_total (
    region_path VARCHAR(80) NOT NULL,
    cards       INT         NOT NULL DEFAULT 0,
    poverty     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE worker_tally (
    month       DATE        NOT NULL,
    region_path VARCHAR(80) NOT NULL,
    registered  INT         NOT NULL DEFAULT 0,
    confirmed   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (month, region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE worker ADD KEY idx_worker_confirmed (confirmed_at, home_region_path);

INSERT INTO worker_total (region_path, cards, poverty)
SELECT home_region_path, COUNT(*), SUM(poverty_registered) FROM worker GROUP BY home_region_path;

INSERT INTO worker_tally (month, region_path, registered, confirmed)
SELECT m, p, SUM(r), SUM(c) FROM (
    SELECT DATE_SUB(DATE(created_at), INTERVAL DAYOFMONTH(created_at) - 1 DAY) m, home_region_path p, COUNT(*) r, 0 c
    FROM worker GROUP BY DATE_SUB(DATE(created_at), INTERVAL DAYOFMONTH(created_at) - 1 DAY), home_region_path
    UNION ALL
    SELECT DATE_SUB(DATE(confirmed_at), INTERVAL DAYOFMONTH(confirmed_at) - 1 DAY), home_region_path, 0, COUNT(*)
    FROM worker GROUP BY DATE_SUB(DATE(confirmed_at), INTERVAL DAYOFMONTH(confirmed_at) - 1 DAY), home_region_path
) t GROUP BY m, p;
