-- Training subsidy standards (docs/POLICY.md, "Training subsidy standards"): what a course earns
-- per occupation (工种) and certificate level, as data per region. occupation '*' is the region's
-- default for every occupation; a region's own row beats the one above it, and an occupation's
-- own row beats '*'. Amounts in fen. certificate_required: paid only once a certificate is recorded.
-- The two rates are the row's too (004 第十七条: 建档立卡 on pre-employment 170%, skill upgrading 40%),
-- so a region that pays otherwise changes data, not code.
CREATE TABLE training_subsidy_standard (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    region_code          VARCHAR(12)  NOT NULL,
    region_path          VARCHAR(80)  NOT NULL,
    occupation           VARCHAR(32)  NOT NULL,
    level                VARCHAR(16)  NOT NULL,
    amount_fen           BIGINT       NOT NULL,
    certificate_required TINYINT(1)   NOT NULL DEFAULT 1,
    poverty_pre_employment_percent INT NOT NULL DEFAULT 170,
    skill_upgrade_percent          INT NOT NULL DEFAULT 40,
    basis                VARCHAR(128) NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_training_standard (region_code, occupation, level),
    KEY idx_training_standard_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 湘西州: the national ceilings (初级 1000, 中级 1500, 高级 2000 元) for every occupation.
INSERT INTO training_subsidy_standard (region_code, region_path, occupation, level, amount_fen, certificate_required,
                                       poverty_pre_employment_percent, skill_upgrade_percent, basis, updated_by,
                                       updated_at)
VALUES ('433100', '/433100/', '*', 'BASIC', 100000, 1, 170, 40, '国家职业技能培训补贴上限', 'system', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', '*', 'INTERMEDIATE', 150000, 1, 170, 40, '国家职业技能培训补贴上限', 'system',
        CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', '*', 'ADVANCED', 200000, 1, 170, 40, '国家职业技能培训补贴上限', 'system',
        CURRENT_TIMESTAMP(3));

-- The training subsidy itself, as a policy of the catalogue so that it is reviewed, published and
-- paid like the others; its amount comes from the standards above (computation STANDARD).
INSERT INTO allowance_policy (region_code, region_path, code, name, qualification, computation, amount_fen,
                              cap_out_province_fen, cap_in_province_fen, cap_in_prefecture_fen, evidence, frequency,
                              min_months, notice_days, valid_from, basis, updated_at)
VALUES ('433100', '/433100/', 'TRAINING_SUBSIDY', '职业技能培训补贴', 'TRAINEE', 'STANDARD', NULL, NULL, NULL, NULL,
        'ATTENDANCE,CERTIFICATE', 'PER_COURSE', NULL, 7, '2020-01-01', '004 第十七条', CURRENT_TIMESTAMP(3));
