-- 集中输送 groups and 跟踪服务 follow-ups (../shared/POLICY.md: 集中输送 (带队) → 上岗 → 跟踪服务 → 稳岗).

-- One group of a job's workers leaving together: when, where they meet, who leads them, where to.
CREATE TABLE dispatch_batch (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    job_id        BIGINT       NOT NULL,
    depart_on     DATE         NOT NULL,
    meeting_point VARCHAR(64)  NOT NULL,
    escort        VARCHAR(32)  NOT NULL,
    destination   VARCHAR(64)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_batch_job (job_id, id),
    CONSTRAINT fk_batch_job FOREIGN KEY (job_id) REFERENCES job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE job_application
    ADD COLUMN batch_id BIGINT NULL,
    ADD KEY idx_application_batch (batch_id, id),
    ADD CONSTRAINT fk_application_batch FOREIGN KEY (batch_id) REFERENCES dispatch_batch (id);

-- Follow-ups due 1, 3, 6 and 12 months after 上岗, answered by the worker in chat or recorded by a
-- clerk. region_path is the worker's home region: the township that looks after its people.
CREATE TABLE follow_up (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    application_id   BIGINT       NOT NULL,
    worker_id        BIGINT       NOT NULL,
    region_path      VARCHAR(80)  NOT NULL,
    month_no         INT          NOT NULL,
    due_on           DATE         NOT NULL,
    reminded_at      DATETIME(3)  NULL,
    -- Whether WeChat took the reminder: not when the worker never followed or wrote over 48 h ago.
    reminder_delivered TINYINT(1) NULL,
    recorded_at      DATETIME(3)  NULL,
    recorded_by      VARCHAR(64)  NULL,
    still_employed   TINYINT(1)   NULL,
    monthly_wage_fen BIGINT       NULL,
    satisfaction     VARCHAR(16)  NULL,
    note             VARCHAR(255) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follow_up (application_id, month_no),
    KEY idx_follow_up_queue (region_path, recorded_at, due_on),
    KEY idx_follow_up_reminder (recorded_at, reminded_at, due_on),
    KEY idx_follow_up_worker (worker_id, due_on),
    CONSTRAINT fk_follow_up_application FOREIGN KEY (application_id) REFERENCES job_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
