-- A complaint dialog's answers, kept in MySQL as they come (sealed with the data key: name and
-- phone are among them), so the case can be filed while Redis, which holds dialog state, is away.
-- One row per follower; complaint_id, once set, marks the dialog filed: a retry files nothing twice.
CREATE TABLE complaint_draft (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    appid        VARCHAR(32) NOT NULL,
    openid       VARCHAR(64) NOT NULL,
    state_cipher TEXT        NOT NULL,
    complaint_id BIGINT      NULL,
    created_at   DATETIME    NOT NULL,
    updated_at   DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_draft_follower (appid, openid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue asks "owned under the scope" and "started under the scope" as two ranges, each of
-- open statuses only; the origin half needs the status in its index as the owner half has it.
ALTER TABLE complaint DROP INDEX idx_complaint_origin,
    ADD INDEX idx_complaint_origin (origin_region_path, status, id);
