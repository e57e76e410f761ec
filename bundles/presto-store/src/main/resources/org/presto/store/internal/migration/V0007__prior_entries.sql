-- While an update of an installed service runs, the forwarding entries the service had before it: what journal
-- recovery puts back if the update is interrupted. Empty (NULL) otherwise. Entries as
-- "node|port-a|vlan-a|port-b|vlan-b", separated by ';' (uuids hold neither character).
ALTER TABLE connectivity_service ADD COLUMN IF NOT EXISTS prior_entries TEXT;
