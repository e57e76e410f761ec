-- The committed information rate (kbit/s) each forwarding entry and bridge polices at the service's UNIs; 0 for
-- none, which is what entries stored before this step had.
ALTER TABLE forwarding_entry ADD COLUMN IF NOT EXISTS cir_kbps BIGINT NOT NULL DEFAULT 0;
ALTER TABLE bridge_entry ADD COLUMN IF NOT EXISTS cir_kbps BIGINT NOT NULL DEFAULT 0;
