-- The poverty-household list (建档立卡) a county imports: who is on it, by the keyed hash of the ID number
-- (HMAC-SHA256 with the lookup key derived from laowu.security.data-key, the same hash worker.id_number_hash
-- holds), never the plain ID. A worker's 建档立卡 status is a match of the two hashes.
CREATE TABLE poverty_list_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    region_code   VARCHAR(12)  NOT NULL,
    region_path   VARCHAR(80)  NOT NULL,
    id_hash       CHAR(64)     NOT NULL,
    name_masked   VARCHAR(64)  NOT NULL,
    household_no  VARCHAR(32)  NOT NULL,
    imported_by   VARCHAR(64)  NOT NULL,
    imported_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_poverty_list_entry (region_code, id_hash),
    KEY idx_poverty_list_hash (id_hash),
    KEY idx_poverty_list_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 企业岗位补贴 (004 第二十四条) was seeded by V15 with 上岗和回访记录 only: its evidence is the labour contract
-- and the social insurance paid for the worker, besides the placement and follow-up records.
UPDATE allowance_policy SET evidence = 'CONTRACT,SOCIAL_INSURANCE,RECORDS'
WHERE code = 'EMPLOYER_POST' AND evidence = 'RECORDS';
