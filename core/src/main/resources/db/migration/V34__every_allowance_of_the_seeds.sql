-- 004 第十八条: 特困学生扶贫助学补助, 2000 元 per pupil or student a year, for 建档立卡 families' children
-- facing dropping out (义务教育 to 高等教育), claimed with the school's proof of enrolment. A catalogue
-- row like the others, so a region changes its figures as data.
INSERT INTO allowance_policy (region_code, region_path, code, name, qualification, computation, amount_fen,
                              cap_out_province_fen, cap_in_province_fen, cap_in_prefecture_fen, evidence, frequency,
                              min_months, notice_days, valid_from, basis, updated_at)
VALUES ('433100', '/433100/', 'POVERTY_STUDENT', '特困学生扶贫助学补助', 'POVERTY_STUDENT', 'FIXED', 200000, NULL, NULL,
        NULL, 'SCHOOL', 'PER_YEAR', NULL, 7, '2020-01-01', '004 第十八条', CURRENT_TIMESTAMP(3));
