-- Job search reads the worker's wished-for area first, newest first: one index range per part.
CREATE INDEX idx_job_open_area ON job (status, work_area, id);
