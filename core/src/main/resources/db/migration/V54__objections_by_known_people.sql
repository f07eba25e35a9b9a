-- Objections to the 公示 list come from someone known (issue 22): a follower in the chat or on the
-- page through WeChat OAuth (FOLLOWER, keyed on appid and openid), or outside WeChat a phone number
-- the office calls back (PHONE, the number encrypted). objector_hash is a keyed hash of who it is, so
-- one person objects once per claim (unique key) and is counted for the rate limits without the
-- openid or phone in clear. ip counts objections per address. Rows from before carry NULLs.
ALTER TABLE allowance_objection
    ADD COLUMN objector_kind  VARCHAR(8)   NULL,
    ADD COLUMN objector_hash  CHAR(64)     NULL,
    ADD COLUMN contact_phone  VARCHAR(255) NULL,
    ADD COLUMN ip             VARCHAR(45)  NULL,
    ADD UNIQUE KEY uk_objection_person (claim_id, objector_hash),
    ADD KEY idx_objection_objector (objector_hash, created_at),
    ADD KEY idx_objection_ip (ip, created_at),
    ADD KEY idx_objection_claim_time (claim_id, created_at);
