-- When the follower last wrote to the account: WeChat's 48-hour customer-service window survives
-- a restart with an empty Redis. Written at most about once an hour per follower (see ServiceWindow).
ALTER TABLE wx_follower ADD COLUMN last_inbound_at DATETIME NULL;
