-- The public address of a job's H5 page: a random token, so links cannot be guessed from the
-- job's database id nor walked through one by one. Made when a link to the job is first needed.
CREATE TABLE job_page (
    job_id     BIGINT      NOT NULL PRIMARY KEY,
    token      VARCHAR(24) NOT NULL,
    created_at DATETIME    NOT NULL,
    CONSTRAINT uk_job_page_token UNIQUE (token)
);
