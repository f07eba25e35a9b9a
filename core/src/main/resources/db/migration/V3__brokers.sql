-- Labour brokers (劳务经纪人): registered by an office, bound to their WeChat through a one-time
-- code, credited (first touch, within a window) with the followers and applications they bring.

CREATE TABLE broker (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(64)  NOT NULL,
    qualification VARCHAR(255) NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    region_path   VARCHAR(80)  NOT NULL,
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_broker_region (region_path, id),
    CONSTRAINT fk_broker_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The WeChat identities a broker has bound (one per official account at most).
CREATE TABLE broker_binding (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    broker_id  BIGINT      NOT NULL,
    appid      VARCHAR(32) NOT NULL,
    openid     VARCHAR(64) NOT NULL,
    bound_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_broker_binding (appid, openid),
    KEY idx_binding_broker (broker_id),
    CONSTRAINT fk_binding_broker FOREIGN KEY (broker_id) REFERENCES broker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time binding codes, shown to the broker as a QR code by the office.
CREATE TABLE broker_binding_token (
    token      CHAR(24)    NOT NULL,
    broker_id  BIGINT      NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    PRIMARY KEY (token),
    CONSTRAINT fk_token_broker FOREIGN KEY (broker_id) REFERENCES broker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE wx_follower
    ADD COLUMN broker_id BIGINT NULL,
    ADD COLUMN broker_attributed_at DATETIME(3) NULL,
    ADD KEY idx_follower_broker (broker_id);

ALTER TABLE job_application
    ADD COLUMN broker_id BIGINT NULL,
    ADD KEY idx_application_broker (broker_id, id);
