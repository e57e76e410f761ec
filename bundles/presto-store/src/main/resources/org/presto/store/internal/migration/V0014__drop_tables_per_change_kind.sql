-- V0013 copied every row of the tables per kind of change and of the prior_* columns into device_change; they are
-- read no more.
DROP TABLE IF EXISTS forwarding_entry;
DROP TABLE IF EXISTS bridge_entry;
DROP TABLE IF EXISTS media_channel;
ALTER TABLE connectivity_service DROP COLUMN IF EXISTS prior_entries;
ALTER TABLE connectivity_service DROP COLUMN IF EXISTS prior_bridges;
ALTER TABLE connectivity_service DROP COLUMN IF EXISTS prior_channels;
