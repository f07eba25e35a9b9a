-- Jobs end to end: vetted employers, published jobs, applications moving through the
-- organised-export pipeline (../shared/POLICY.md "Jobs and organised export").

CREATE TABLE employer (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    name              VARCHAR(128)  NOT NULL,
    location          VARCHAR(128)  NOT NULL,
    contact           VARCHAR(128)  NULL,
    description       VARCHAR(1000) NULL,
    owner_region_path VARCHAR(80)   NOT NULL,
    vetted_at         DATETIME(3)   NULL,
    vetted_by         VARCHAR(64)   NULL,
    vet_notes         VARCHAR(1000) NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_employer_owner (owner_region_path, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- filled counts the applications holding a place; "filled < headcount" in the UPDATE that takes
-- a place is what keeps concurrent applications from overbooking.
CREATE TABLE job (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id        BIGINT       NOT NULL,
    title              VARCHAR(64)  NOT NULL,
    industry           VARCHAR(32)  NOT NULL,
    work_area          VARCHAR(16)  NOT NULL,
    work_place         VARCHAR(64)  NOT NULL,
    wage_min_fen       BIGINT       NOT NULL,
    wage_max_fen       BIGINT       NOT NULL,
    hours              VARCHAR(64)  NULL,
    food_lodging       VARCHAR(64)  NULL,
    social_insurance   VARCHAR(64)  NULL,
    age_min            INT          NULL,
    age_max            INT          NULL,
    health_requirement VARCHAR(128) NULL,
    headcount          INT          NOT NULL,
    filled             INT          NOT NULL DEFAULT 0,
    training_required  TINYINT(1)   NOT NULL DEFAULT 0,
    status             VARCHAR(16)  NOT NULL,
    owner_region_path  VARCHAR(80)  NOT NULL,
    search_text        VARCHAR(400) NOT NULL,
    published_at       DATETIME(3)  NULL,
    ends_on            DATE         NULL,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_job_open (status, id),
    KEY idx_job_owner (owner_region_path, id),
    CONSTRAINT fk_job_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_application (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    job_id      BIGINT       NOT NULL,
    worker_id   BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    holds_place TINYINT(1)   NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(255) NULL,
    placed_at   DATETIME(3)  NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application (job_id, worker_id),
    KEY idx_application_worker (worker_id, id),
    KEY idx_application_job (job_id, status, id),
    KEY idx_application_placed (placed_at),
    CONSTRAINT fk_application_job FOREIGN KEY (job_id) REFERENCES job (id),
    CONSTRAINT fk_application_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every move of an application, for the worker's "我的报名" history and the clerk's record.
CREATE TABLE application_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    from_status    VARCHAR(16)  NULL,
    to_status      VARCHAR(16)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    note           VARCHAR(255) NULL,
    at             DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_event_application (application_id, id),
    CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES job_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
