-- The 湘西 rows of V15 cite the wrong articles of 004 (湘西州转移就业扶贫办法): 交通路费补助 is
-- 第二十条, 培训生活补贴 and 证书补助 are 第十七条, 两后生生活补贴 is 第十八条. Only rows still
-- carrying the seeded text change, so an admin's own wording stays.
UPDATE allowance_policy SET basis = '004 第二十条' WHERE region_code = '433100' AND code = 'TRANSPORT' AND basis = '004 第十八条';
UPDATE allowance_policy SET basis = '004 第十七条' WHERE region_code = '433100' AND code IN ('TRAINING_LIVING', 'CERTIFICATE')
                                                  AND basis = '004 第二十条';
UPDATE allowance_policy SET basis = '004 第十八条' WHERE region_code = '433100' AND code = 'POST_SCHOOL' AND basis = '004 第二十条';

-- Who receives the 职业技能培训补贴 of a free course (免费培训: the institution trained at its cost and
-- is paid the subsidy) or of a paid one (the trainee who paid the fee): per standard row.
ALTER TABLE training_subsidy_standard ADD COLUMN free_course_recipient VARCHAR(16) NOT NULL DEFAULT 'INSTITUTION';
ALTER TABLE training_subsidy_standard ADD COLUMN paid_course_recipient VARCHAR(16) NOT NULL DEFAULT 'TRAINEE';
