-- A worker's own account for allowances (issue 22): a bank card, the 社保卡's financial account, or a passbook
-- (存折) account. The number is sealed like ID numbers (AES-GCM with the data key); the masked form is what
-- every page shows; only the finance role's payment ledger decrypts it. One account per worker.
CREATE TABLE payment_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id      BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    bank_name      VARCHAR(64)  NOT NULL,
    number_cipher  VARCHAR(255) NOT NULL,
    number_masked  VARCHAR(40)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_payment_account_worker (worker_id),
    CONSTRAINT fk_payment_account_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Card BINs (the first digits of a card number) of the banks workers in the 州 mostly hold, to name the bank
-- without asking. Prefixes of 3 to 8 digits (only a card's first 8 are looked up); the longest matching one
-- wins; a number matching none is asked for its bank from a list. Data: a county adds its 农商行 prefixes as rows.
CREATE TABLE card_bin (
    prefix    VARCHAR(8)  NOT NULL,
    bank_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (prefix)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO card_bin (prefix, bank_name)
VALUES ('622848', '农业银行'), ('622845', '农业银行'), ('622846', '农业银行'), ('622821', '农业银行'),
       ('622822', '农业银行'), ('622823', '农业银行'), ('622827', '农业银行'), ('622828', '农业银行'),
       ('623052', '农业银行'), ('103', '农业银行'),
       ('622700', '建设银行'), ('621700', '建设银行'), ('436742', '建设银行'), ('622280', '建设银行'),
       ('621284', '建设银行'),
       ('622202', '工商银行'), ('622208', '工商银行'), ('621226', '工商银行'), ('621225', '工商银行'),
       ('620200', '工商银行'), ('622203', '工商银行'), ('621288', '工商银行'), ('621558', '工商银行'),
       ('621559', '工商银行'),
       ('621661', '中国银行'), ('621663', '中国银行'), ('621785', '中国银行'), ('621786', '中国银行'),
       ('621787', '中国银行'), ('621788', '中国银行'), ('621789', '中国银行'), ('621790', '中国银行'),
       ('456351', '中国银行'), ('622760', '中国银行'),
       ('621799', '邮储银行'), ('622188', '邮储银行'), ('621098', '邮储银行'), ('620062', '邮储银行'),
       ('622150', '邮储银行'), ('622151', '邮储银行'), ('621095', '邮储银行'), ('621285', '邮储银行'),
       ('622169', '农村信用社/农商行');
