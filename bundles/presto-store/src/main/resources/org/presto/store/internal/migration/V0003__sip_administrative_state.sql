-- The administrative state an operator or orchestrator set on a service interface point
-- (update-service-interface-point). SIPs themselves come from the drivers; this is Presto's own decision about them.
CREATE TABLE IF NOT EXISTS sip_setting (
    sip_uuid VARCHAR(64) PRIMARY KEY,
    administrative_state VARCHAR(16) NOT NULL
);
