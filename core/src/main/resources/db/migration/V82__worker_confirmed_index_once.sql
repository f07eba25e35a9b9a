-- V75 (idx_worker_confirmed_home) and V80 (idx_worker_confirmed) both indexed worker (confirmed_at,
-- home_region_path): one is enough, and every card written kept both up to date.
ALTER TABLE worker DROP INDEX idx_worker_confirmed;
