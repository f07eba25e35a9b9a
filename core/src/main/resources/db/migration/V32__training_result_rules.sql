-- Training results rules (issue 22), as data per region: when a trainee may be recorded 结业
-- (after the course's last session, or after its end date) and with how much attendance (percent
-- of the course's sessions, 001 (十一): training subsidies follow results). The nearest region's
-- row wins; without any row the code's defaults apply (80%, after the last session). basis names
-- the document behind the figures.
CREATE TABLE training_result_rule (
    region_code              VARCHAR(12)  NOT NULL,
    region_path              VARCHAR(80)  NOT NULL,
    min_attendance_percent   INT          NOT NULL,
    completion_after         VARCHAR(16)  NOT NULL,
    issuer_required          TINYINT(1)   NOT NULL DEFAULT 1,
    basis                    VARCHAR(128) NULL,
    updated_by               VARCHAR(64)  NOT NULL,
    updated_at               DATETIME(3)  NOT NULL,
    PRIMARY KEY (region_code),
    KEY idx_result_rule_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO training_result_rule (region_code, region_path, min_attendance_percent, completion_after, issuer_required,
                                  basis, updated_by, updated_at)
VALUES ('433100', '/433100/', 80, 'LAST_SESSION', 1,
        '001 (十一) 培训补贴与培训效果挂钩;出勤80%为平台默认,待州细则确认', 'system',
        CURRENT_TIMESTAMP(3));

-- Who issued the certificate (鉴定机构), and a county's override of the rules above: its written
-- reason and who gave it stay on the enrolment, so every claim that rests on it shows the flag.
ALTER TABLE training_enrolment ADD COLUMN certificate_issuer VARCHAR(64) NULL;
ALTER TABLE training_enrolment ADD COLUMN override_reason VARCHAR(255) NULL;
ALTER TABLE training_enrolment ADD COLUMN override_by VARCHAR(64) NULL;
