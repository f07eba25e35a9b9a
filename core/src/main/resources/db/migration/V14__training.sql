-- Training (docs/POLICY.md "Training", "Training subsidy standards"): courses run by a
-- training institution (a staff account of role 培训机构), sessions with their check-in codes,
-- enrolments that never exceed capacity, per-session attendance, results and certificates.

-- enrolled counts the enrolments holding a seat; "enrolled < capacity" in the UPDATE that takes a
-- seat is what keeps concurrent sign-ups from overbooking.
CREATE TABLE training_course (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(64)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    occupation       VARCHAR(32)   NOT NULL,
    target_level     VARCHAR(16)   NOT NULL,
    institution_id   BIGINT        NOT NULL,
    institution_name VARCHAR(64)   NOT NULL,
    region_code      VARCHAR(12)   NOT NULL,
    region_path      VARCHAR(80)   NOT NULL,
    place            VARCHAR(128)  NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    capacity         INT           NOT NULL,
    enrolled         INT           NOT NULL DEFAULT 0,
    free             TINYINT(1)    NOT NULL DEFAULT 1,
    teachers         VARCHAR(255)  NOT NULL,
    teaching_plan    VARCHAR(2000) NOT NULL,
    job_id           BIGINT        NULL,
    search_text      VARCHAR(400)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_course_region (region_path, id),
    KEY idx_course_institution (institution_id, id),
    KEY idx_course_open (status, starts_on),
    CONSTRAINT fk_course_institution FOREIGN KEY (institution_id) REFERENCES staff_account (id),
    CONSTRAINT fk_course_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_course_job FOREIGN KEY (job_id) REFERENCES job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Times are UTC, like every DATETIME here. Each session has its own short code and QR token; a
-- roll call opens a second code for a few minutes during the session.
CREATE TABLE training_session (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    course_id        BIGINT       NOT NULL,
    starts_at        DATETIME(3)  NOT NULL,
    ends_at          DATETIME(3)  NOT NULL,
    topic            VARCHAR(128) NULL,
    check_in_code    CHAR(6)      NOT NULL,
    qr_token         CHAR(12)     NOT NULL,
    roll_call_code   CHAR(6)      NULL,
    roll_call_token  CHAR(12)     NULL,
    roll_call_at     DATETIME(3)  NULL,
    roll_call_until  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_session_token (qr_token),
    KEY idx_session_course (course_id, starts_at),
    KEY idx_session_time (starts_at),
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_enrolment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    course_id            BIGINT       NOT NULL,
    worker_id            BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    holds_seat           TINYINT(1)   NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    result_note          VARCHAR(255) NULL,
    completed_on         DATE         NULL,
    certificate_level    VARCHAR(16)  NULL,
    certificate_serial   VARCHAR(32)  NULL,
    certificate_issued_on DATE        NULL,
    eve_reminded_at      DATETIME(3)  NULL,
    morning_reminded_at  DATETIME(3)  NULL,
    moved_to_job_at      DATETIME(3)  NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrolment (course_id, worker_id),
    UNIQUE KEY uk_certificate_serial (certificate_serial),
    KEY idx_enrolment_worker (worker_id, id),
    KEY idx_enrolment_course (course_id, status, id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_enrolment_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per trainee, session and kind (CHECK_IN, ROLL_CALL): the unique key is what refuses a
-- second check-in. openid says which WeChat account checked in (one account for several
-- trainees is a proxy signal); a manual correction carries its reason and who made it.
CREATE TABLE training_attendance (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    session_id   BIGINT       NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    present      TINYINT(1)   NOT NULL,
    openid       VARCHAR(64)  NULL,
    reason       VARCHAR(255) NULL,
    actor        VARCHAR(64)  NOT NULL,
    at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attendance (session_id, enrolment_id, kind),
    KEY idx_attendance_enrolment (enrolment_id),
    KEY idx_attendance_openid (openid),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
