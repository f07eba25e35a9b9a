-- The batches still to leave, read for every job's public page (kept there a while): by date.
CREATE INDEX idx_batch_depart ON dispatch_batch (depart_on, job_id);
