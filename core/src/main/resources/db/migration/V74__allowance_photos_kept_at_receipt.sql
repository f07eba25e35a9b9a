-- A photo a worker sends for an allowance claim is kept the moment it arrives (WeChat's copy
-- expires in 3 days), before the claim exists: claim_id is set when the claim adopts it, and the
-- sender is recorded so only their claim can.
ALTER TABLE allowance_evidence MODIFY claim_id BIGINT NULL;
ALTER TABLE allowance_evidence ADD COLUMN appid VARCHAR(64) NULL;
ALTER TABLE allowance_evidence ADD COLUMN openid VARCHAR(64) NULL;
