-- When and where an applicant is to come for 资格审查 or 体检 (time, place, what to bring), and how
-- 资格审查 ended. appointment_at is China wall-clock time as the clerk wrote it and the worker is
-- told it ("12月3日 上午9点"), not UTC like the record times: it names a moment at a place in China.
ALTER TABLE job_application
    ADD COLUMN appointment_at    DATETIME    NULL,
    ADD COLUMN appointment_place VARCHAR(64) NULL,
    ADD COLUMN appointment_bring VARCHAR(64) NULL,
    ADD COLUMN screening_result  VARCHAR(8)  NULL;
