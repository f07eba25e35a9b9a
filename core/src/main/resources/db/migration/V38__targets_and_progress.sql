-- The county's year (issue 20): indicators, 目标责任书, monthly figures, 调度 snapshots, 考核.

-- The indicator catalogue: what is measured, in which unit, and the written definition shown
-- beside every figure. The 州 edits names and definitions; how each is counted is code (by code).
CREATE TABLE target_indicator (
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(32)   NOT NULL,
    unit        VARCHAR(8)    NOT NULL,
    -- COUNT (人), MONEY (万元) or RATE (%, at most 100)
    kind        VARCHAR(8)    NOT NULL,
    definition  VARCHAR(500)  NOT NULL,
    -- a part of another indicator (省外 of 转移就业): shown indented, not split on its own
    part_of     VARCHAR(32)   NULL,
    sort_order  INT           NOT NULL,
    active      TINYINT(1)    NOT NULL DEFAULT 1,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO target_indicator (code, name, unit, kind, definition, part_of, sort_order) VALUES
('TRANSFER', '转移就业人数', '人', 'COUNT', '本辖区户籍劳动力(按劳动力卡片的户籍地)当年第一次上岗(岗位申请登记上岗,含集中输送)的人数,每人一年只算一次,按上岗日所在月份计。', NULL, 10),
('TRANSFER_OUT', '其中:省外', '人', 'COUNT', '转移就业人数中,当年第一次上岗的岗位在省外的人数。', 'TRANSFER', 11),
('TRANSFER_PROVINCE', '其中:省内县外', '人', 'COUNT', '转移就业人数中,当年第一次上岗的岗位在省内、州内(县外)的人数。', 'TRANSFER', 12),
('TRANSFER_COUNTY', '其中:县内', '人', 'COUNT', '转移就业人数中,当年第一次上岗的岗位在县内的人数。', 'TRANSFER', 13),
('TRANSFER_POOR', '其中:建档立卡', '人', 'COUNT', '转移就业人数中,劳动力卡片标为建档立卡的人数。', 'TRANSFER', 14),
('STABLE', '稳定就业人数', '人', 'COUNT', '上岗满6个月的跟踪回访(第6个月回访)已登记、回答仍在岗的人数,按回访应访日所在月份计,每人一年只算一次。', NULL, 20),
('TRAINED', '培训人数', '人', 'COUNT', '本辖区劳动力参加当年开课的培训(已报名、结业或未结业,不含取消和候补)的人数,按第一次开课日所在月份计,每人一年只算一次。', NULL, 30),
('TRAINED_EMPLOYED', '培训后就业人数', '人', 'COUNT', '当年结业、结业后3个月内上岗的人数,按结业日所在月份计,每人一年只算一次。', NULL, 40),
('INCOME', '劳务收入', '万元', 'MONEY', '每个已上岗的人:跟踪回访登记的最近一次月工资 × 当年在岗月数(上岗当月起,到回访回答已离岗的那个月之前;尚未到来的月份不算)。没有登记工资的不计入,覆盖率另行显示。', NULL, 50),
('COMPLAINT_ON_TIME', '投诉按时办结率', '%', 'RATE', '当年受理、已到办结期限或已办结的投诉中,在办结期限内办结的比例(按投诉发生地)。没有应办结的投诉时不计算。', NULL, 60),
('CARD_UPDATE', '劳动力信息年度更新率', '%', 'RATE', '劳动力卡片中,当年内复核确认过(一年一更新)的比例(按户籍地,截至月末)。', NULL, 70);

-- 目标责任书: the targets of one unit for one year, in versions. The parent sets (status SET);
-- the unit confirms (签订, CONFIRMED) and that version is frozen. A later change is a new version
-- with its reason; every version is kept.
CREATE TABLE target_book (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    year          INT          NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    region_path   VARCHAR(80)  NOT NULL,
    version       INT          NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    reason        VARCHAR(200) NULL,
    set_by        VARCHAR(64)  NOT NULL,
    set_at        DATETIME(3)  NOT NULL,
    confirmed_by  VARCHAR(64)  NULL,
    confirmed_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_target_book (year, region_code, version),
    KEY idx_target_book_path (year, region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_value (
    book_id        BIGINT      NOT NULL,
    indicator_code VARCHAR(32) NOT NULL,
    -- persons, 万元 or percent, as the indicator's kind says
    value          BIGINT      NOT NULL,
    PRIMARY KEY (book_id, indicator_code),
    CONSTRAINT fk_target_value_book FOREIGN KEY (book_id) REFERENCES target_book (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Monthly figures per home region (the worker's home region code, a village or township), rebuilt
-- from the records by the daily refresh and at each snapshot, so pages never count the worker and
-- application tables. Flows are of the month (China time); stocks (workers, poor, reviewed) at its end.
CREATE TABLE progress_month (
    region_code        VARCHAR(12)  NOT NULL,
    region_path        VARCHAR(80)  NOT NULL,
    year               INT          NOT NULL,
    month              INT          NOT NULL,
    transfer_out       BIGINT       NOT NULL DEFAULT 0,
    transfer_province  BIGINT       NOT NULL DEFAULT 0,
    transfer_county    BIGINT       NOT NULL DEFAULT 0,
    transfer_poor      BIGINT       NOT NULL DEFAULT 0,
    stable             BIGINT       NOT NULL DEFAULT 0,
    trained            BIGINT       NOT NULL DEFAULT 0,
    trained_employed   BIGINT       NOT NULL DEFAULT 0,
    income_fen         BIGINT       NOT NULL DEFAULT 0,
    in_work            BIGINT       NOT NULL DEFAULT 0,
    in_work_with_wage  BIGINT       NOT NULL DEFAULT 0,
    complaints         BIGINT       NOT NULL DEFAULT 0,
    complaints_due     BIGINT       NOT NULL DEFAULT 0,
    complaints_on_time BIGINT       NOT NULL DEFAULT 0,
    workers            BIGINT       NOT NULL DEFAULT 0,
    workers_poor       BIGINT       NOT NULL DEFAULT 0,
    workers_reviewed   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (year, region_path, month),
    KEY idx_progress_month (year, month, region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A month's 调度: taken once, frozen, never recomputed.
CREATE TABLE dispatch_snapshot (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    year        INT         NOT NULL,
    month       INT         NOT NULL,
    -- 时间进度 in tenths of a percent: working days passed to the month's end ÷ the year's
    time_permille INT       NOT NULL,
    taken_at    DATETIME(3) NOT NULL,
    taken_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dispatch_snapshot (year, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dispatch_row (
    snapshot_id      BIGINT      NOT NULL,
    region_code      VARCHAR(12) NOT NULL,
    region_path      VARCHAR(80) NOT NULL,
    parent_code      VARCHAR(12) NULL,
    indicator_code   VARCHAR(32) NOT NULL,
    -- the figure in the indicator's unit (万元 and % with two decimals: ×100), null when not computable
    actual_x100      BIGINT      NULL,
    target           BIGINT      NULL,
    -- completion in tenths of a percent; null without a target
    completion_permille INT      NULL,
    behind           TINYINT(1)  NOT NULL,
    PRIMARY KEY (snapshot_id, region_code, indicator_code),
    KEY idx_dispatch_row_parent (snapshot_id, parent_code),
    CONSTRAINT fk_dispatch_row_snapshot FOREIGN KEY (snapshot_id) REFERENCES dispatch_snapshot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit with an indicator 滞后 two snapshots running: the level above talks to it (约谈).
CREATE TABLE dispatch_interview (
    snapshot_id  BIGINT       NOT NULL,
    region_code  VARCHAR(12)  NOT NULL,
    region_path  VARCHAR(80)  NOT NULL,
    parent_code  VARCHAR(12)  NULL,
    indicators   VARCHAR(300) NOT NULL,
    PRIMARY KEY (snapshot_id, region_code),
    CONSTRAINT fk_dispatch_interview_snapshot FOREIGN KEY (snapshot_id) REFERENCES dispatch_snapshot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The year's scoring sheet as data (JSON: weights, completion → points, deductions, the 以奖代补
-- pool and formula), one per year and 州; a run copies it, so a later edit never changes a result.
CREATE TABLE assessment_sheet (
    year        INT           NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    content     TEXT          NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (year, region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_run (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year         INT          NOT NULL,
    region_code  VARCHAR(12)  NOT NULL,
    region_path  VARCHAR(80)  NOT NULL,
    sheet        TEXT         NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    run_by       VARCHAR(64)  NOT NULL,
    run_at       DATETIME(3)  NOT NULL,
    published_by VARCHAR(64)  NULL,
    published_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_assessment_run (year, region_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_result (
    run_id        BIGINT       NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    region_name   VARCHAR(64)  NOT NULL,
    -- points in hundredths
    score_x100    BIGINT       NOT NULL,
    deduction_x100 BIGINT      NOT NULL,
    rank_no       INT          NOT NULL,
    completed_all TINYINT(1)   NOT NULL,
    -- PRAISE (表彰), NONE, INTERVIEW (约谈), NO_HONOURS (约谈 + 取消评先评优)
    outcome       VARCHAR(12)  NOT NULL,
    award_fen     BIGINT       NOT NULL,
    detail        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, region_code),
    CONSTRAINT fk_assessment_result_run FOREIGN KEY (run_id) REFERENCES assessment_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
