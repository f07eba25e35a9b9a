-- Complaints (维权): a case file for every complaint, an append-only history, deadlines counted
-- in working days from an explicit calendar, escalation up the region tree (docs/POLICY.md,
-- "Rights and complaints").

-- The official working-day calendar, shared by every feature that counts working days. Only the
-- exceptions to "Monday to Friday" are rows: holidays (working = 0) and 调休 weekend days that are
-- working days (working = 1). Admins maintain it each year when the State Council publishes it.
CREATE TABLE work_calendar (
    day        DATE        NOT NULL,
    working    TINYINT(1)  NOT NULL,
    note       VARCHAR(32) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2026 (国务院办公厅关于2026年部分节假日安排的通知).
INSERT INTO work_calendar (day, working, note, updated_by, updated_at) VALUES
('2026-01-01', 0, '元旦', 'V13', '2026-01-01 00:00:00'),
('2026-01-02', 0, '元旦', 'V13', '2026-01-01 00:00:00'),
('2026-01-03', 0, '元旦', 'V13', '2026-01-01 00:00:00'),
('2026-01-04', 1, '元旦调休上班', 'V13', '2026-01-01 00:00:00'),
('2026-02-14', 1, '春节调休上班', 'V13', '2026-01-01 00:00:00'),
('2026-02-15', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-16', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-17', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-18', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-19', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-20', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-21', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-22', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-23', 0, '春节', 'V13', '2026-01-01 00:00:00'),
('2026-02-28', 1, '春节调休上班', 'V13', '2026-01-01 00:00:00'),
('2026-04-04', 0, '清明节', 'V13', '2026-01-01 00:00:00'),
('2026-04-05', 0, '清明节', 'V13', '2026-01-01 00:00:00'),
('2026-04-06', 0, '清明节', 'V13', '2026-01-01 00:00:00'),
('2026-05-01', 0, '劳动节', 'V13', '2026-01-01 00:00:00'),
('2026-05-02', 0, '劳动节', 'V13', '2026-01-01 00:00:00'),
('2026-05-03', 0, '劳动节', 'V13', '2026-01-01 00:00:00'),
('2026-05-04', 0, '劳动节', 'V13', '2026-01-01 00:00:00'),
('2026-05-05', 0, '劳动节', 'V13', '2026-01-01 00:00:00'),
('2026-05-09', 1, '劳动节调休上班', 'V13', '2026-01-01 00:00:00'),
('2026-06-19', 0, '端午节', 'V13', '2026-01-01 00:00:00'),
('2026-06-20', 0, '端午节', 'V13', '2026-01-01 00:00:00'),
('2026-06-21', 0, '端午节', 'V13', '2026-01-01 00:00:00'),
('2026-09-20', 1, '国庆节调休上班', 'V13', '2026-01-01 00:00:00'),
('2026-09-25', 0, '中秋节', 'V13', '2026-01-01 00:00:00'),
('2026-09-26', 0, '中秋节', 'V13', '2026-01-01 00:00:00'),
('2026-09-27', 0, '中秋节', 'V13', '2026-01-01 00:00:00'),
('2026-10-01', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-02', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-03', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-04', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-05', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-06', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-07', 0, '国庆节', 'V13', '2026-01-01 00:00:00'),
('2026-10-10', 1, '国庆节调休上班', 'V13', '2026-01-01 00:00:00');

-- Time limits per kind and urgency, in working days (accept_hours, when set, replaces accept_days:
-- urgent cases are accepted within hours). region_path '' is the default; a region's own row
-- (its path) wins for cases it owns and below.
CREATE TABLE complaint_deadline (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    region_path   VARCHAR(80) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    urgent        TINYINT(1)  NOT NULL,
    accept_hours  INT         NULL,
    accept_days   INT         NOT NULL,
    answer_days   INT         NOT NULL,
    conclude_days INT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_deadline (region_path, kind, urgent)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO complaint_deadline (region_path, kind, urgent, accept_hours, accept_days, answer_days, conclude_days) VALUES
('', 'WAGE', 0, NULL, 1, 3, 15), ('', 'WAGE', 1, 2, 1, 1, 15),
('', 'INJURY', 0, NULL, 1, 3, 30), ('', 'INJURY', 1, 2, 1, 1, 30),
('', 'CONTRACT', 0, NULL, 1, 3, 15), ('', 'CONTRACT', 1, 2, 1, 1, 15),
('', 'AGENCY_FRAUD', 0, NULL, 1, 3, 15), ('', 'AGENCY_FRAUD', 1, 2, 1, 1, 15),
('', 'OTHER', 0, NULL, 1, 3, 15), ('', 'OTHER', 1, 2, 1, 1, 15);

-- Where complaints about work in a place go instead of the worker's home township: a county's
-- office or an outpost (驻外劳务服务中心) that covers that place.
CREATE TABLE complaint_route (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    place       VARCHAR(64) NOT NULL,
    region_code VARCHAR(12) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_route (place),
    CONSTRAINT fk_route_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case file. due_at is the next deadline still running (NULL while paused or concluded);
-- the sweep reads it through idx_complaint_due. origin_region_path is where the case started,
-- owner_region_path who answers for it now (higher after escalation); both may see it.
CREATE TABLE complaint (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_no            VARCHAR(24)   NULL,
    kind               VARCHAR(16)   NOT NULL,
    urgent             TINYINT(1)    NOT NULL,
    urgent_reason      VARCHAR(64)   NULL,
    status             VARCHAR(16)   NOT NULL,
    worker_id          BIGINT        NULL,
    appid              VARCHAR(32)   NULL,
    openid             VARCHAR(64)   NULL,
    complainant_name   VARCHAR(64)   NOT NULL,
    phone_cipher       VARCHAR(255)  NULL,
    phone_masked       VARCHAR(16)   NULL,
    employer_name      VARCHAR(128)  NULL,
    employer_key       VARCHAR(128)  NULL,
    employer_id        BIGINT        NULL,
    work_place         VARCHAR(128)  NULL,
    since_text         VARCHAR(64)   NULL,
    amount_fen         BIGINT        NULL,
    workers_affected   INT           NULL,
    description        VARCHAR(2000) NULL,
    origin_region_path VARCHAR(80)   NOT NULL,
    owner_region_code  VARCHAR(12)   NOT NULL,
    owner_region_path  VARCHAR(80)   NOT NULL,
    escalations        INT           NOT NULL DEFAULT 0,
    assignee           VARCHAR(64)   NULL,
    stage              VARCHAR(16)   NULL,
    due_at             DATETIME(3)   NULL,
    warn_at            DATETIME(3)   NULL,
    warned             TINYINT(1)    NOT NULL DEFAULT 0,
    accept_due         DATETIME(3)   NULL,
    answer_due         DATETIME(3)   NULL,
    conclude_due       DATETIME(3)   NULL,
    accepted_at        DATETIME(3)   NULL,
    first_answer_at    DATETIME(3)   NULL,
    concluded_at       DATETIME(3)   NULL,
    closed_at          DATETIME(3)   NULL,
    paused_at          DATETIME(3)   NULL,
    conclusion         VARCHAR(24)   NULL,
    recovered_fen      BIGINT        NULL,
    workers_helped     INT           NULL,
    satisfied          TINYINT(1)    NULL,
    accept_late        TINYINT(1)    NOT NULL DEFAULT 0,
    answer_late        TINYINT(1)    NOT NULL DEFAULT 0,
    conclude_late      TINYINT(1)    NOT NULL DEFAULT 0,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_case_no (case_no),
    KEY idx_complaint_owner (owner_region_path, status, id),
    KEY idx_complaint_origin (origin_region_path, id),
    KEY idx_complaint_due (due_at),
    KEY idx_complaint_warn (warned, warn_at),
    KEY idx_complaint_worker (worker_id, id),
    KEY idx_complaint_follower (appid, openid, id),
    KEY idx_complaint_employer (employer_key, status),
    KEY idx_complaint_employer_id (employer_id, kind, status),
    KEY idx_complaint_created (created_at),
    KEY idx_complaint_concluded (status, concluded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Everything that happened to a case, in order. Rows are only ever inserted: the application has
-- no UPDATE or DELETE statement for this table.
CREATE TABLE complaint_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id BIGINT        NOT NULL,
    at           DATETIME(3)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NULL,
    region_path  VARCHAR(80)   NULL,
    for_worker   TINYINT(1)    NOT NULL,
    text         VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY idx_history_complaint (complaint_id, id),
    CONSTRAINT fk_history_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos (contracts, pay slips, screenshots), fetched from WeChat at once because its temporary
-- media expire in 3 days. complaint_id is NULL while the dialog that took it is still open.
CREATE TABLE complaint_attachment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    complaint_id BIGINT      NULL,
    appid        VARCHAR(32) NOT NULL,
    openid       VARCHAR(64) NOT NULL,
    content_type VARCHAR(64) NOT NULL,
    size_bytes   INT         NOT NULL,
    data         MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_attachment_complaint (complaint_id, id),
    KEY idx_attachment_owner (appid, openid, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A county admin clearing an employer under wage complaints for publishing again. Cases filed
-- after the latest clearance block it again.
CREATE TABLE complaint_employer_clearance (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    employer_id BIGINT        NOT NULL,
    cleared_at  DATETIME(3)   NOT NULL,
    cleared_by  VARCHAR(64)   NOT NULL,
    reason      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_clearance_employer (employer_id, cleared_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "人工": a worker asks for a person; their messages land in the inbox of the office of their home
-- township (or of the account's region), the clerk's replies go back through the outbox.
CREATE TABLE help_thread (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    appid        VARCHAR(32)   NOT NULL,
    openid       VARCHAR(64)   NOT NULL,
    worker_id    BIGINT        NULL,
    display_name VARCHAR(64)   NOT NULL,
    region_path  VARCHAR(80)   NOT NULL,
    last_at      DATETIME(3)   NOT NULL,
    waiting      TINYINT(1)    NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_help_thread (appid, openid),
    KEY idx_help_thread_region (region_path, waiting, last_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE help_message (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    thread_id  BIGINT        NOT NULL,
    from_staff VARCHAR(64)   NULL,
    text       VARCHAR(1000) NOT NULL,
    seen       TINYINT(1)    NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_help_message_thread (thread_id, id),
    CONSTRAINT fk_help_message_thread FOREIGN KEY (thread_id) REFERENCES help_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
