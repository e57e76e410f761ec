-- The bridge domains a multipoint service (E-LAN) configures on switches, in installation order; members are
-- "port=vlan" pairs separated by commas (node edge point uuids hold neither character).
CREATE TABLE IF NOT EXISTS bridge_entry (
    service_uuid VARCHAR(64) NOT NULL REFERENCES connectivity_service (uuid),
    seq INT NOT NULL,
    node_id VARCHAR(64) NOT NULL,
    members TEXT NOT NULL,
    PRIMARY KEY (service_uuid, seq)
);
