-- Every change a service has on the devices (SPI 4.0 DeviceChange), of every kind in one table instead of one table
-- per kind: kind names the SPI record (forwarding-entry, bridge-entry, media-channel-entry), body holds it as JSON.
-- before_update marks what the service had before an update under way, which journal recovery puts back if the
-- update is interrupted; it replaces the prior_* columns of connectivity_service. seq orders a service's rows.
-- body is VARCHAR, not TEXT: H2 keeps a TEXT (CLOB) value of more than 256 bytes apart from its row, which made
-- writes a third slower; 1 MiB is H2's longest VARCHAR, and far more than a bridge of 64 members needs.
CREATE TABLE IF NOT EXISTS device_change (
    service_uuid VARCHAR(64) NOT NULL REFERENCES connectivity_service (uuid),
    seq INT NOT NULL,
    before_update BOOLEAN NOT NULL,
    node_id VARCHAR(64) NOT NULL,
    kind VARCHAR(64) NOT NULL,
    body VARCHAR(1048576) NOT NULL,
    PRIMARY KEY (service_uuid, seq)
);
