-- 以需定训 (004 第十条): what workers ask to learn when no course offers it, one row per worker and
-- trade (asking again refreshes it), counted per trade and home region for institutions and the
-- county; when a matching course opens in the worker's prefecture the worker is told once.
CREATE TABLE training_demand (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id          BIGINT       NOT NULL,
    trade              VARCHAR(32)  NOT NULL,
    region_code        VARCHAR(12)  NOT NULL,
    region_path        VARCHAR(80)  NOT NULL,
    said               VARCHAR(255) NULL,
    asked_at           DATETIME(3)  NOT NULL,
    notified_course_id BIGINT       NULL,
    notified_at        DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_training_demand (worker_id, trade),
    KEY idx_training_demand_region (region_path),
    KEY idx_training_demand_trade (trade, notified_at),
    CONSTRAINT fk_training_demand_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
