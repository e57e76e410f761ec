-- What services hold of the network's shared resources, claimed in the same transaction as the service's record so
-- that two requests, on one Presto node or on several sharing this database, never take the same resource.
-- resource_claim: a resource one service at a time may hold (a VLAN on a port, a spectrum slot on a port); its key
-- is unique, so the second claim of it fails.
CREATE TABLE IF NOT EXISTS resource_claim (
    resource VARCHAR(1024) PRIMARY KEY,
    service_uuid VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS resource_claim_service ON resource_claim (service_uuid);
-- capacity_claim: a service's share of a divisible resource (kbit/s on a link's port or a SIP).
CREATE TABLE IF NOT EXISTS capacity_claim (
    service_uuid VARCHAR(64) NOT NULL,
    resource VARCHAR(1024) NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (service_uuid, resource)
);
-- capacity_in_use: the sum of the shares per resource, raised only by an UPDATE that checks the limit, whose row
-- lock makes concurrent claims of one resource wait for each other.
CREATE TABLE IF NOT EXISTS capacity_in_use (
    resource VARCHAR(1024) PRIMARY KEY,
    amount BIGINT NOT NULL
);
