-- Foundation tables. Portable between MySQL 8.4 and MariaDB 10.11+: no JSON type, no
-- generated columns, no CHECK constraints, explicit utf8mb4_unicode_ci (MySQL's default
-- utf8mb4_0900_ai_ci does not exist on MariaDB). All times are UTC.

-- Administrative divisions: 州/市 (6-digit code) → 县/市/区 (6) → 乡镇/街道 (9) → 村/社区 (12).
-- path is "/433100/433101/433101001/": "this office and everything under it" is one prefix query.
CREATE TABLE region (
    code        VARCHAR(12)  NOT NULL,
    parent_code VARCHAR(12)  NULL,
    name        VARCHAR(64)  NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    path        VARCHAR(80)  NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    UNIQUE KEY uk_region_path (path),
    KEY idx_region_parent (parent_code, sort_order),
    KEY idx_region_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The real-name worker archive (劳动力资源信息数据库): one row per person (一人一卡).
-- ID number and phone are AES-GCM ciphertext; *_hash is the keyed lookup hash; *_masked is
-- what lists and exports show without decrypting.
CREATE TABLE worker (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(64)  NOT NULL,
    gender               VARCHAR(8)   NOT NULL,
    birth_date           DATE         NOT NULL,
    id_number_cipher     VARCHAR(255) NOT NULL,
    id_number_hash       CHAR(64)     NOT NULL,
    id_number_masked     VARCHAR(18)  NOT NULL,
    phone_cipher         VARCHAR(255) NULL,
    phone_hash           CHAR(64)     NULL,
    phone_masked         VARCHAR(16)  NULL,
    home_region_code     VARCHAR(12)  NOT NULL,
    home_region_path     VARCHAR(80)  NOT NULL,
    education            VARCHAR(16)  NULL,
    skill_level          VARCHAR(32)  NULL,
    skills               VARCHAR(255) NULL,
    health               VARCHAR(32)  NULL,
    household_income_fen BIGINT       NULL,
    family_members       INT          NULL,
    poverty_registered   TINYINT(1)   NOT NULL DEFAULT 0,
    post_school_youth    TINYINT(1)   NOT NULL DEFAULT 0,
    employment_status    VARCHAR(16)  NOT NULL DEFAULT 'SEEKING',
    -- when working
    work_place           VARCHAR(128) NULL,
    employer             VARCHAR(128) NULL,
    job_title            VARCHAR(64)  NULL,
    monthly_wage_fen     BIGINT       NULL,
    satisfaction         VARCHAR(16)  NULL,
    wants_job_change     TINYINT(1)   NULL,
    children_schooling   VARCHAR(128) NULL,
    family_with_worker   VARCHAR(128) NULL,
    -- when not yet working
    intended_area        VARCHAR(16)  NULL,
    intended_industry    VARCHAR(64)  NULL,
    intended_job         VARCHAR(64)  NULL,
    expected_wage_fen    BIGINT       NULL,
    service_needs        VARCHAR(255) NULL,
    confirmed_at         DATETIME(3)  NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_worker_id_number (id_number_hash),
    KEY idx_worker_phone (phone_hash),
    KEY idx_worker_region (home_region_path, id),
    KEY idx_worker_name (name),
    CONSTRAINT fk_worker_region FOREIGN KEY (home_region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Everyone who follows one of the platform's official accounts, bound to a worker once registered.
CREATE TABLE wx_follower (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    appid               VARCHAR(32) NOT NULL,
    openid              VARCHAR(64) NOT NULL,
    subscribed          TINYINT(1)  NOT NULL,
    first_subscribed_at DATETIME(3) NULL,
    subscribed_at       DATETIME(3) NULL,
    unsubscribed_at     DATETIME(3) NULL,
    subscribe_scene     VARCHAR(64) NULL,
    worker_id           BIGINT      NULL,
    created_at          DATETIME(3) NOT NULL,
    updated_at          DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follower (appid, openid),
    KEY idx_follower_worker (worker_id),
    CONSTRAINT fk_follower_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Console accounts. Each belongs to one region and sees that region and everything below it.
CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    display_name         VARCHAR(64)  NOT NULL,
    role                 VARCHAR(32)  NOT NULL,
    region_code          VARCHAR(12)  NOT NULL,
    region_path          VARCHAR(80)  NOT NULL,
    enabled              TINYINT(1)   NOT NULL DEFAULT 1,
    must_change_password TINYINT(1)   NOT NULL DEFAULT 1,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(3)  NULL,
    last_login_at        DATETIME(3)  NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_username (username),
    KEY idx_staff_region (region_path),
    CONSTRAINT fk_staff_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when, from where. Personal data in before/after is masked before it gets here.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    region_path VARCHAR(80)  NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NULL,
    before_data TEXT         NULL,
    after_data  TEXT         NULL,
    ip          VARCHAR(45)  NULL,
    PRIMARY KEY (id),
    KEY idx_audit_at (at),
    KEY idx_audit_entity (entity_type, entity_id),
    KEY idx_audit_region (region_path, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
