-- Replies given while Redis was away, by delivery (MsgId): WeChat retries a delivery it got no
-- answer to in time, and without Redis's de-duplication a retried answer would be taken again as
-- the answer to the next question. Kept for minutes only; the reply is sealed (it may repeat what
-- the worker typed).
CREATE TABLE wx_reply_without_redis (
    delivery_hash CHAR(64)    NOT NULL,
    reply_cipher  TEXT        NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (delivery_hash),
    KEY idx_wx_reply_without_redis_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
