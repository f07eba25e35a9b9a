-- Allowances (docs/POLICY.md, Allowances): a catalogue of policies as data per region, claims
-- with their evidence, two-level review, 公示 with objections, and the payment ledger.

-- One allowance as a region sets it. Amounts in fen. Caps by destination tier apply to
-- CAPPED_COST; amount_fen is the fixed sum, the sum per day, or the sum per person placed.
CREATE TABLE allowance_policy (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    region_code           VARCHAR(12)  NOT NULL,
    region_path           VARCHAR(80)  NOT NULL,
    code                  VARCHAR(32)  NOT NULL,
    name                  VARCHAR(64)  NOT NULL,
    qualification         VARCHAR(32)  NOT NULL,
    computation           VARCHAR(32)  NOT NULL,
    amount_fen            BIGINT       NULL,
    cap_out_province_fen  BIGINT       NULL,
    cap_in_province_fen   BIGINT       NULL,
    cap_in_prefecture_fen BIGINT       NULL,
    evidence              VARCHAR(128) NOT NULL,
    frequency             VARCHAR(16)  NOT NULL,
    -- Training months a certificate needs before it pays (证书补助: ≥ 6), else NULL.
    min_months            INT          NULL,
    notice_days           INT          NOT NULL DEFAULT 7,
    valid_from            DATE         NOT NULL,
    valid_to              DATE         NULL,
    enabled               TINYINT(1)   NOT NULL DEFAULT 1,
    basis                 VARCHAR(128) NULL,
    updated_at            DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_allowance_policy (region_code, code, valid_from),
    KEY idx_allowance_policy_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One claim: by a worker in chat, or generated from records (brokers, employers, training).
-- The unique key is "nothing paid twice": one claim per policy, claimant and qualifying event
-- (event_key: the placement, the year, the course, or 'ever').
CREATE TABLE allowance_claim (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    policy_id          BIGINT       NOT NULL,
    claimant_type      VARCHAR(16)  NOT NULL,
    claimant_id        BIGINT       NOT NULL,
    worker_id          BIGINT       NOT NULL,
    application_id     BIGINT       NULL,
    event_key          VARCHAR(64)  NOT NULL,
    region_path        VARCHAR(80)  NOT NULL,
    amount_fen         BIGINT       NOT NULL,
    cost_fen           BIGINT       NULL,
    detail             VARCHAR(255) NULL,
    origin             VARCHAR(16)  NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    evidence_request   VARCHAR(255) NULL,
    reason             VARCHAR(255) NULL,
    township_by        VARCHAR(64)  NULL,
    township_at        DATETIME(3)  NULL,
    county_by          VARCHAR(64)  NULL,
    county_at          DATETIME(3)  NULL,
    notice_until       DATE         NULL,
    batch_id           BIGINT       NULL,
    paid_at            DATETIME(3)  NULL,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_allowance_claim_event (policy_id, claimant_type, claimant_id, event_key),
    KEY idx_allowance_claim_queue (region_path, status, id),
    KEY idx_allowance_claim_worker (worker_id, id),
    KEY idx_allowance_claim_batch (batch_id),
    CONSTRAINT fk_allowance_claim_policy FOREIGN KEY (policy_id) REFERENCES allowance_policy (id),
    CONSTRAINT fk_allowance_claim_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos the worker sent (tickets, contract, enrolment proof), fetched from WeChat before its
-- temporary media expire; content_hash finds the same receipt in two claims.
CREATE TABLE allowance_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    claim_id     BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_allowance_evidence_claim (claim_id),
    KEY idx_allowance_evidence_hash (content_hash),
    CONSTRAINT fk_allowance_evidence_claim FOREIGN KEY (claim_id) REFERENCES allowance_claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Objections lodged during 公示 (chat or the public page); each sends the claim back to county review.
CREATE TABLE allowance_objection (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    claim_id    BIGINT       NOT NULL,
    channel     VARCHAR(8)   NOT NULL,
    text        VARCHAR(500) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    resolved_at DATETIME(3)  NULL,
    resolved_by VARCHAR(64)  NULL,
    resolution  VARCHAR(255) NULL,
    PRIMARY KEY (id),
    KEY idx_allowance_objection_claim (claim_id),
    CONSTRAINT fk_allowance_objection_claim FOREIGN KEY (claim_id) REFERENCES allowance_claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The payment ledger: claims past 公示 without objection, batched for the bank.
CREATE TABLE allowance_payment_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    region_path VARCHAR(80)  NOT NULL,
    claims      INT          NOT NULL,
    total_fen   BIGINT       NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    paid_by     VARCHAR(64)  NULL,
    paid_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_allowance_batch_region (region_path, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 湘西州 (004 第十八、二十、二十三、二十四条) and 保山 (003: other transport caps), as data admins change.
INSERT INTO allowance_policy (region_code, region_path, code, name, qualification, computation, amount_fen,
                              cap_out_province_fen, cap_in_province_fen, cap_in_prefecture_fen, evidence, frequency,
                              min_months, notice_days, valid_from, basis, updated_at)
VALUES ('433100', '/433100/', 'TRANSPORT', '交通路费补助', 'POVERTY_PLACED', 'CAPPED_COST', NULL, 40000, 20000, 10000,
        'CONTRACT,TICKET', 'PER_PLACEMENT', NULL, 7, '2020-01-01', '004 第十八条', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', 'TRAINING_LIVING', '培训生活补贴', 'POVERTY_TRAINEE', 'PER_DAY', 1000, NULL, NULL, NULL,
        'ATTENDANCE', 'PER_COURSE', NULL, 7, '2020-01-01', '004 第二十条', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', 'CERTIFICATE', '职业资格证书补助', 'POVERTY_CERTIFIED', 'FIXED', 150000, NULL, NULL, NULL,
        'CERTIFICATE', 'PER_COURSE', 6, 7, '2020-01-01', '004 第二十条', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', 'POST_SCHOOL', '两后生生活补贴', 'POVERTY_POST_SCHOOL', 'FIXED', 250000, NULL, NULL, NULL,
        'ENROLMENT', 'PER_YEAR', NULL, 7, '2020-01-01', '004 第二十条', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', 'BROKER_SERVICE', '中介/跟踪服务补贴', 'BROKER', 'PER_STABLE_PERSON', 30000, NULL, NULL,
        NULL, 'RECORDS', 'PER_PLACEMENT', NULL, 7, '2020-01-01', '004 第二十三条', CURRENT_TIMESTAMP(3)),
       ('433100', '/433100/', 'EMPLOYER_POST', '企业岗位补贴', 'EMPLOYER', 'PER_STABLE_PERSON', 100000, NULL, NULL, NULL,
        'RECORDS', 'PER_PLACEMENT', NULL, 7, '2020-01-01', '004 第二十四条', CURRENT_TIMESTAMP(3)),
       ('530500', '/530500/', 'TRANSPORT', '交通路费补助', 'POVERTY_PLACED', 'CAPPED_COST', NULL, 20000, 10000, NULL,
        'CONTRACT,TICKET', 'PER_PLACEMENT', NULL, 7, '2020-01-01', '003 保山', CURRENT_TIMESTAMP(3));
