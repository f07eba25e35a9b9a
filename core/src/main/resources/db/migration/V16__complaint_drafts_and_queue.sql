-- A complaint dialog's answers, kept in MySQL as they come (sealed with the data key: name and
-- phone are among them), so the case can be filed while Redis, which holds dialog state, is away.
-- One row per follower; complaint_id, once set, marks the dialog filed (its answers then cleared):
-- a retry files nothing twice. The sweep drops drafts untouched for a day.
CREATE TABLE complaint_draft (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    appid        VARCHAR(32) NOT NULL,
    openid       VARCHAR(64) NOT NULL,
    state_cipher TEXT        NOT NULL,
    complaint_id BIGINT      NULL,
    created_at   DATETIME    NOT NULL,
    updated_at   DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_draft_follower (appid, openid),
    KEY idx_complaint_draft_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue asks "owned under the scope" and "started under the scope" as two ranges of open
-- statuses, for ids and deadlines only: both indexes cover (path, status, due_at, id), so each
-- half is sorted and cut at the page's end without reading a single case row.
ALTER TABLE complaint DROP INDEX idx_complaint_owner,
    DROP INDEX idx_complaint_origin,
    ADD INDEX idx_complaint_owner (owner_region_path, status, due_at),
    ADD INDEX idx_complaint_origin (origin_region_path, status, due_at);
