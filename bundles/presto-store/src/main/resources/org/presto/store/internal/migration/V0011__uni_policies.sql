-- What each forwarding entry and bridge enforces at the service's UNIs, by port (SPI 3.0 UniPolicy, as JSON:
-- maximum frame size, ingress and egress bandwidth profiles). It replaces cir_kbps, which said only a rate and left
-- the ports to the driver; entries stored with a rate keep it there unused and police nothing until their service's
-- next update plans them again.
ALTER TABLE forwarding_entry ADD COLUMN IF NOT EXISTS policies TEXT;
ALTER TABLE bridge_entry ADD COLUMN IF NOT EXISTS policies TEXT;
