-- A broadcast narrowed by another feature's audience rule, named "kind:id" (e.g. "outpost:12": only
-- the workers whose current workplace lies in outpost 12's area). NULL: the region audience as before.
ALTER TABLE broadcast ADD COLUMN audience_narrowing VARCHAR(40) NULL;
