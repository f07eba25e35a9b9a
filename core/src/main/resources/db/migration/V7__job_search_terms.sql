-- Keyword search without scanning: every two-character run of a job's search text, so a search
-- starts from the rarest pair of the words asked for (none at all: no job has them). Plain
-- rows, because neither MySQL's ngram parser nor MariaDB's full-text search serve both.
CREATE TABLE job_term (
    term   VARCHAR(2) NOT NULL,
    job_id BIGINT     NOT NULL,
    PRIMARY KEY (term, job_id),
    KEY idx_job_term_job (job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
