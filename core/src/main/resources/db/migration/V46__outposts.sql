-- 驻外劳务服务中心 (seed 004 第六条): offices where the work is, the places they serve, where each
-- worker works now, and complaints handled at both ends. Portable MySQL 8.4 / MariaDB 10.11 SQL.

-- Destination divisions an outpost may serve: a small reference table of GB/T 2260 codes (city and
-- district) and, for 东莞 (a city without districts), the statistics bureau's 9-digit town codes.
-- path nests like region.path, so "this place and everything under it" is one prefix match.
-- latitude/longitude: an approximate centre, to place a shared location that names no place.
CREATE TABLE destination_division (
    code        VARCHAR(12) NOT NULL,
    parent_code VARCHAR(12) NULL,
    name        VARCHAR(64) NOT NULL,
    path        VARCHAR(80) NOT NULL,
    latitude    DOUBLE      NULL,
    longitude   DOUBLE      NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uk_destination_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO destination_division (code, parent_code, name, path, latitude, longitude) VALUES
('441900', NULL, '东莞市', '/441900/', 23.02, 113.75),
('441900003', '441900', '东城街道', '/441900/441900003/', 23.03, 113.77),
('441900004', '441900', '南城街道', '/441900/441900004/', 23.01, 113.74),
('441900005', '441900', '万江街道', '/441900/441900005/', 23.04, 113.72),
('441900006', '441900', '莞城街道', '/441900/441900006/', 23.04, 113.75),
('441900101', '441900', '石碣镇', '/441900/441900101/', 23.10, 113.80),
('441900102', '441900', '石龙镇', '/441900/441900102/', 23.11, 113.85),
('441900103', '441900', '茶山镇', '/441900/441900103/', 23.07, 113.87),
('441900104', '441900', '石排镇', '/441900/441900104/', 23.09, 113.92),
('441900105', '441900', '企石镇', '/441900/441900105/', 23.07, 114.02),
('441900106', '441900', '横沥镇', '/441900/441900106/', 23.03, 113.97),
('441900107', '441900', '桥头镇', '/441900/441900107/', 23.02, 114.09),
('441900108', '441900', '谢岗镇', '/441900/441900108/', 22.96, 114.14),
('441900109', '441900', '东坑镇', '/441900/441900109/', 22.99, 113.94),
('441900110', '441900', '常平镇', '/441900/441900110/', 22.97, 114.03),
('441900111', '441900', '寮步镇', '/441900/441900111/', 22.99, 113.86),
('441900112', '441900', '樟木头镇', '/441900/441900112/', 22.91, 114.08),
('441900113', '441900', '大朗镇', '/441900/441900113/', 22.94, 113.93),
('441900114', '441900', '黄江镇', '/441900/441900114/', 22.88, 113.99),
('441900115', '441900', '清溪镇', '/441900/441900115/', 22.84, 114.16),
('441900116', '441900', '塘厦镇', '/441900/441900116/', 22.81, 114.08),
('441900117', '441900', '凤岗镇', '/441900/441900117/', 22.74, 114.14),
('441900118', '441900', '大岭山镇', '/441900/441900118/', 22.90, 113.78),
('441900119', '441900', '长安镇', '/441900/441900119/', 22.80, 113.80),
('441900121', '441900', '虎门镇', '/441900/441900121/', 22.81, 113.67),
('441900122', '441900', '厚街镇', '/441900/441900122/', 22.94, 113.67),
('441900123', '441900', '沙田镇', '/441900/441900123/', 22.91, 113.61),
('441900124', '441900', '道滘镇', '/441900/441900124/', 23.00, 113.67),
('441900125', '441900', '洪梅镇', '/441900/441900125/', 23.00, 113.61),
('441900126', '441900', '麻涌镇', '/441900/441900126/', 23.05, 113.58),
('441900127', '441900', '望牛墩镇', '/441900/441900127/', 23.06, 113.65),
('441900128', '441900', '中堂镇', '/441900/441900128/', 23.09, 113.65),
('441900129', '441900', '高埗镇', '/441900/441900129/', 23.08, 113.73),
('441900401', '441900', '松山湖', '/441900/441900401/', 22.92, 113.88),
('440300', NULL, '深圳市', '/440300/', 22.54, 114.06),
('440303', '440300', '罗湖区', '/440300/440303/', 22.55, 114.13),
('440304', '440300', '福田区', '/440300/440304/', 22.52, 114.05),
('440305', '440300', '南山区', '/440300/440305/', 22.53, 113.93),
('440306', '440300', '宝安区', '/440300/440306/', 22.55, 113.88),
('440307', '440300', '龙岗区', '/440300/440307/', 22.72, 114.25),
('440309', '440300', '龙华区', '/440300/440309/', 22.69, 114.04),
('330200', NULL, '宁波市', '/330200/', 29.87, 121.55),
('330203', '330200', '海曙区', '/330200/330203/', 29.86, 121.55),
('330205', '330200', '江北区', '/330200/330205/', 29.89, 121.56),
('330206', '330200', '北仑区', '/330200/330206/', 29.90, 121.84),
('330211', '330200', '镇海区', '/330200/330211/', 29.95, 121.72),
('330212', '330200', '鄞州区', '/330200/330212/', 29.82, 121.55),
('330213', '330200', '奉化区', '/330200/330213/', 29.66, 121.41),
('330225', '330200', '象山县', '/330200/330225/', 29.48, 121.87),
('330226', '330200', '宁海县', '/330200/330226/', 29.29, 121.43),
('330281', '330200', '余姚市', '/330200/330281/', 30.04, 121.15),
('330282', '330200', '慈溪市', '/330200/330282/', 30.17, 121.27),
('430100', NULL, '长沙市', '/430100/', 28.23, 112.94),
('430102', '430100', '芙蓉区', '/430100/430102/', 28.19, 113.03),
('430103', '430100', '天心区', '/430100/430103/', 28.11, 112.99),
('430104', '430100', '岳麓区', '/430100/430104/', 28.24, 112.93),
('430105', '430100', '开福区', '/430100/430105/', 28.26, 112.99),
('430111', '430100', '雨花区', '/430100/430111/', 28.14, 113.04),
('430112', '430100', '望城区', '/430100/430112/', 28.35, 112.82),
('430121', '430100', '长沙县', '/430100/430121/', 28.25, 113.08),
('430181', '430100', '浏阳市', '/430100/430181/', 28.16, 113.64),
('430182', '430100', '宁乡市', '/430100/430182/', 28.28, 112.55);

-- An outpost office: kind 驻外, placed under the 州 or a county that runs it (its parent office,
-- whose staff manage it). Closed outposts keep their records but serve no area.
CREATE TABLE outpost (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    name               VARCHAR(64)  NOT NULL,
    parent_region_code VARCHAR(12)  NOT NULL,
    parent_region_path VARCHAR(80)  NOT NULL,
    address            VARCHAR(128) NOT NULL,
    phone              VARCHAR(32)  NOT NULL,
    hours              VARCHAR(64)  NULL,
    latitude           DOUBLE       NULL,
    longitude          DOUBLE       NULL,
    appid              VARCHAR(32)  NULL,
    closed_at          DATETIME(3)  NULL,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_outpost_parent (parent_region_path),
    CONSTRAINT fk_outpost_region FOREIGN KEY (parent_region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The places an open outpost serves. No two open outposts share or nest a place (checked, under a
-- lock on the destination city's row, when an area is set).
CREATE TABLE outpost_area (
    outpost_id    BIGINT      NOT NULL,
    division_code VARCHAR(12) NOT NULL,
    division_path VARCHAR(80) NOT NULL,
    PRIMARY KEY (outpost_id, division_code),
    KEY idx_outpost_area_path (division_path),
    CONSTRAINT fk_outpost_area_outpost FOREIGN KEY (outpost_id) REFERENCES outpost (id),
    CONSTRAINT fk_outpost_area_division FOREIGN KEY (division_code) REFERENCES destination_division (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who works at an outpost (站长 or 工作人员), with the phone on its duty list and, when the person
-- follows one of the platform's accounts, where urgent cases are pushed through the outbox.
CREATE TABLE outpost_staff (
    staff_account_id BIGINT      NOT NULL,
    outpost_id       BIGINT      NOT NULL,
    role             VARCHAR(16) NOT NULL,
    phone            VARCHAR(32) NULL,
    appid            VARCHAR(32) NULL,
    openid           VARCHAR(64) NULL,
    PRIMARY KEY (staff_account_id),
    KEY idx_outpost_staff (outpost_id),
    CONSTRAINT fk_outpost_staff_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    CONSTRAINT fk_outpost_staff_outpost FOREIGN KEY (outpost_id) REFERENCES outpost (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a worker works: one row per place and employer, the current one flagged; a move ends the
-- current row and starts another, so the history stays.
CREATE TABLE worker_workplace (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    worker_id     BIGINT       NOT NULL,
    division_code VARCHAR(12)  NOT NULL,
    division_path VARCHAR(80)  NOT NULL,
    employer      VARCHAR(128) NULL,
    source        VARCHAR(16)  NOT NULL,
    is_current    TINYINT(1)   NOT NULL,
    first_seen_at DATETIME(3)  NOT NULL,
    confirmed_at  DATETIME(3)  NOT NULL,
    ended_at      DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_workplace_worker (worker_id, is_current),
    KEY idx_workplace_place (is_current, division_path, worker_id),
    CONSTRAINT fk_workplace_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_workplace_division FOREIGN KEY (division_code) REFERENCES destination_division (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A complaint placed in an outpost's area: the outpost co-handles it (the home office still owns it).
CREATE TABLE complaint_cohandler (
    complaint_id  BIGINT      NOT NULL,
    outpost_id    BIGINT      NOT NULL,
    division_code VARCHAR(12) NOT NULL,
    added_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (complaint_id),
    KEY idx_cohandler_outpost (outpost_id, added_at),
    CONSTRAINT fk_cohandler_outpost FOREIGN KEY (outpost_id) REFERENCES outpost (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the outpost did on a co-handled case: 现场走访, 调解, 追回欠薪 (amount), 移交劳动监察 (bureau, case no).
CREATE TABLE outpost_case_action (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT       NOT NULL,
    outpost_id     BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    amount_fen     BIGINT       NULL,
    bureau         VARCHAR(64)  NULL,
    bureau_case_no VARCHAR(64)  NULL,
    actor          VARCHAR(64)  NOT NULL,
    at             DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_case_action_complaint (complaint_id, id),
    KEY idx_case_action_outpost (outpost_id, kind, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An urgent case told to each phone on the outpost's duty list: pushed through the outbox when the
-- person follows an account (via WECHAT), else listed on the outpost's desk to ring (via PHONE).
CREATE TABLE outpost_alert (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    outpost_id      BIGINT      NOT NULL,
    complaint_id    BIGINT      NOT NULL,
    staff_account_id BIGINT     NOT NULL,
    phone           VARCHAR(32) NULL,
    via             VARCHAR(8)  NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outpost_alert (complaint_id, staff_account_id),
    KEY idx_outpost_alert (outpost_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
