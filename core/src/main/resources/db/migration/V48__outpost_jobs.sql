-- Jobs an outpost collected in its area (转岗换岗 on the spot). The job itself is an ordinary job of
-- the office that runs the outpost: its employer is vetted and the job published there, as any job.
CREATE TABLE outpost_job (
    job_id       BIGINT      NOT NULL,
    outpost_id   BIGINT      NOT NULL,
    collected_by VARCHAR(64) NOT NULL,
    collected_at DATETIME(3) NOT NULL,
    PRIMARY KEY (job_id),
    KEY idx_outpost_job (outpost_id, collected_at),
    CONSTRAINT fk_outpost_job_outpost FOREIGN KEY (outpost_id) REFERENCES outpost (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
