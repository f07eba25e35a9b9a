-- The claim first looks for rows whose sender's lease ran out (a dead instance's). On
-- idx_delivery_due that read every SENDING row, and every row a fast drain had just moved on from
-- SENDING that purge had not yet removed from the index: hundreds of milliseconds per claim at
-- a thousand sends a second. On (status, lease_until) it reads only the expired ones.
CREATE INDEX idx_delivery_lease ON delivery (status, lease_until);
