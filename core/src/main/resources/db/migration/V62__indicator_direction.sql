-- The indicator catalogue page (issue 20): whether a higher figure is better, so a figure the 州
-- adds for, say, 欠薪案件数 reads the right way round. Every seeded indicator is higher-is-better.
ALTER TABLE target_indicator ADD COLUMN higher_better TINYINT(1) NOT NULL DEFAULT 1;
