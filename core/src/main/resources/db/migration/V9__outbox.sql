-- The outbox: one row per message per recipient, written in the transaction of the change that
-- causes it, unique on (source, recipient) so nothing is queued twice. Senders on any instance
-- claim rows (FOR UPDATE SKIP LOCKED + a lease); a row whose lease ran out is taken up again.
CREATE TABLE delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    source          VARCHAR(64)  NOT NULL,
    appid           VARCHAR(32)  NOT NULL,
    openid          VARCHAR(64)  NOT NULL,
    worker_id       BIGINT       NULL,
    priority        TINYINT      NOT NULL,
    subject         VARCHAR(64)  NOT NULL,
    state           VARCHAR(32)  NOT NULL,
    note            VARCHAR(200) NULL,
    body            VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    channel         VARCHAR(16)  NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME     NOT NULL,
    lease_until     DATETIME     NULL,
    leased_by       VARCHAR(64)  NULL,
    wx_msg_id       VARCHAR(32)  NULL,
    error_code      INT          NULL,
    created_at      DATETIME     NOT NULL,
    sent_at         DATETIME     NULL,
    finished_at     DATETIME     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery_source_recipient (source, appid, openid),
    KEY idx_delivery_due (status, priority, next_attempt_at, id),
    KEY idx_delivery_msg (appid, wx_msg_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
