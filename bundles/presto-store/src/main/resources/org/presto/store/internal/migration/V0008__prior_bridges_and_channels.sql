-- While an update of an installed service runs, the bridges and media channels the service had before it, beside
-- prior_entries: journal recovery puts them back if the update is interrupted. NULL otherwise. Bridges as
-- "node|members" (members as in bridge_entry), channels as "node|port-a|port-b|lower-mhz|upper-mhz", separated by ';'.
ALTER TABLE connectivity_service ADD COLUMN IF NOT EXISTS prior_bridges TEXT;
ALTER TABLE connectivity_service ADD COLUMN IF NOT EXISTS prior_channels TEXT;
