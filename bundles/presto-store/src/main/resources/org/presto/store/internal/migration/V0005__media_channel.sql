-- The media channels a photonic service configures on ROADMs, in installation order, like forwarding entries.
-- Their spectrum is what the service holds on the links at their ports: it is taken and released with the service.
CREATE TABLE IF NOT EXISTS media_channel (
    service_uuid VARCHAR(64) NOT NULL REFERENCES connectivity_service (uuid),
    seq INT NOT NULL,
    node_id VARCHAR(64) NOT NULL,
    port_a VARCHAR(64) NOT NULL,
    port_b VARCHAR(64) NOT NULL,
    lower_frequency_mhz BIGINT NOT NULL,
    upper_frequency_mhz BIGINT NOT NULL,
    PRIMARY KEY (service_uuid, seq)
);
