-- Connections are read by their service. H2 indexes foreign keys by itself, PostgreSQL does not: without this
-- index every read of a service scanned all connections (3.6 ms per read at 10 000 services).
CREATE INDEX IF NOT EXISTS connection_by_service ON connection (service_uuid);
