-- 劳务合作基地 (004 第十四条): destination employers that take many of our workers, with their
-- agreement and a log of visits; and 会商 (第十五条) with destination cities and employers.
-- Reminders are rows written by a scheduled sweep, once per subject and period.

CREATE TABLE cooperation_base (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    outpost_id        BIGINT        NULL,
    owner_region_code VARCHAR(12)   NOT NULL,
    owner_region_path VARCHAR(80)   NOT NULL,
    employer_name     VARCHAR(128)  NOT NULL,
    division_code     VARCHAR(12)   NOT NULL,
    signed_on         DATE          NOT NULL,
    ends_on           DATE          NULL,
    signed_at_place   VARCHAR(128)  NULL,
    terms             VARCHAR(1000) NOT NULL,
    last_visited_on   DATE          NULL,
    created_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_base_region (owner_region_path),
    KEY idx_base_outpost (outpost_id),
    KEY idx_base_visited (last_visited_on),
    CONSTRAINT fk_base_division FOREIGN KEY (division_code) REFERENCES destination_division (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE base_visit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    base_id     BIGINT        NOT NULL,
    visited_on  DATE          NOT NULL,
    visitors    VARCHAR(255)  NOT NULL,
    workers_met INT           NOT NULL,
    problems    VARCHAR(1000) NULL,
    follow_ups  VARCHAR(1000) NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_visit_base (base_id, visited_on),
    CONSTRAINT fk_visit_base FOREIGN KEY (base_id) REFERENCES cooperation_base (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    region_code  VARCHAR(12)   NOT NULL,
    region_path  VARCHAR(80)   NOT NULL,
    held_on      DATE          NOT NULL,
    counterpart  VARCHAR(128)  NOT NULL,
    attendees    VARCHAR(500)  NOT NULL,
    issues       VARCHAR(2000) NOT NULL,
    decisions    VARCHAR(2000) NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_consultation_region (region_path, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_follow_up (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    task            VARCHAR(500) NOT NULL,
    owner           VARCHAR(64)  NOT NULL,
    due_on          DATE         NOT NULL,
    done_at         DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_follow_up_consultation (consultation_id),
    CONSTRAINT fk_follow_up_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind BASE_VISIT (subject: the base) or CONSULTATION (subject: the office); period: the quarter or
-- half-year it is about ("2026Q3", "2026H2"), so a sweep that runs again writes nothing twice.
CREATE TABLE outpost_reminder (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(16)  NOT NULL,
    subject_id  VARCHAR(32)  NOT NULL,
    period      VARCHAR(8)   NOT NULL,
    region_path VARCHAR(80)  NOT NULL,
    text        VARCHAR(255) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outpost_reminder (kind, subject_id, period),
    KEY idx_outpost_reminder_region (region_path, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
