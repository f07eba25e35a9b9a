-- A broadcast whose every delivery has settled is 已完成, with what it reached kept on the row
-- (the list shows them without counting the outbox again).
ALTER TABLE broadcast
    ADD COLUMN finished_at    DATETIME NULL,
    ADD COLUMN reached_count  INT      NULL,
    ADD COLUMN failed_count   INT      NULL;
