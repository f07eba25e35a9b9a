-- Issue 20: a staff member binds their WeChat (a one-time QR in the console) to get the monthly 调度 summary.
CREATE TABLE staff_wechat (
    staff_id   BIGINT      NOT NULL,
    appid      VARCHAR(32) NOT NULL,
    openid     VARCHAR(64) NOT NULL,
    bound_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (staff_id),
    UNIQUE KEY uk_staff_wechat (appid, openid)
);

CREATE TABLE staff_wechat_token (
    token      CHAR(24)    NOT NULL,
    staff_id   BIGINT      NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    PRIMARY KEY (token),
    KEY idx_staff_wechat_token_staff (staff_id)
);
