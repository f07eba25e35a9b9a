-- Job notices and announcements sent to many workers at once. A broadcast is queued into the
-- outbox as one delivery per recipient (source 'broadcast:{id}'), so caps, progress, cancel and
-- crash-safety are the outbox's.
CREATE TABLE broadcast (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    kind                 VARCHAR(16)  NOT NULL,
    title                VARCHAR(64)  NOT NULL,
    body                 VARCHAR(600) NOT NULL,
    job_ids              VARCHAR(255) NULL,
    owner_region_path    VARCHAR(255) NOT NULL,
    audience_region_path VARCHAR(255) NOT NULL,
    poverty_only         TINYINT(1)   NOT NULL DEFAULT 0,
    registered           VARCHAR(16)  NOT NULL,
    match_wishes         TINYINT(1)   NOT NULL DEFAULT 0,
    status               VARCHAR(24)  NOT NULL,
    send_at              DATETIME     NOT NULL,
    audience_size        INT          NULL,
    queued_count         INT          NULL,
    automatic            TINYINT(1)   NOT NULL DEFAULT 0,
    created_by           VARCHAR(64)  NOT NULL,
    approved_by          VARCHAR(64)  NULL,
    created_at           DATETIME     NOT NULL,
    queued_at            DATETIME     NULL,
    cancelled_at         DATETIME     NULL,
    PRIMARY KEY (id),
    KEY idx_broadcast_due (status, send_at),
    KEY idx_broadcast_owner (owner_region_path, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Jobs whose publication notifies matching workers by itself (opted in per job by the office).
CREATE TABLE job_auto_notice (
    job_id     BIGINT   NOT NULL,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Followers who accepted (or refused) WeChat's subscription notice for job recommendations.
CREATE TABLE notice_opt_in (
    appid       VARCHAR(32) NOT NULL,
    openid      VARCHAR(64) NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    opted_in    TINYINT(1)  NOT NULL,
    updated_at  DATETIME    NOT NULL,
    PRIMARY KEY (appid, openid, template_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What kind of message a delivery carries decides the channel it may fall back to.
ALTER TABLE delivery ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'NOTICE';
-- Caps count a follower's bulk messages of the past week or month.
CREATE INDEX idx_delivery_recipient ON delivery (appid, openid, created_at);
