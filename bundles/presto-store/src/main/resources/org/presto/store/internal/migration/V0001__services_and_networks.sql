-- Services with their connections and device forwarding entries, and each driver's last reported network.
-- Portable SQL (H2 2.x and PostgreSQL 15): TEXT bodies, IF NOT EXISTS so that a step H2 half-applied (it commits
-- DDL implicitly) can be run again.
CREATE TABLE IF NOT EXISTS connectivity_service (
    uuid VARCHAR(64) PRIMARY KEY,
    revision BIGINT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS connection (
    uuid VARCHAR(64) PRIMARY KEY,
    service_uuid VARCHAR(64) NOT NULL REFERENCES connectivity_service (uuid),
    seq INT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS forwarding_entry (
    service_uuid VARCHAR(64) NOT NULL REFERENCES connectivity_service (uuid),
    seq INT NOT NULL,
    node_id VARCHAR(64) NOT NULL,
    port_a VARCHAR(64) NOT NULL,
    vlan_a INT NOT NULL,
    port_b VARCHAR(64) NOT NULL,
    vlan_b INT NOT NULL,
    PRIMARY KEY (service_uuid, seq)
);
CREATE TABLE IF NOT EXISTS driver_network (
    driver_id VARCHAR(256) PRIMARY KEY,
    body TEXT NOT NULL
);
