package org.presto.core.internal.services;

import java.util.Optional;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.ServiceClaims;
import org.presto.store.PrestoStore;
import org.presto.store.ResourceTakenException;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims in the database what services stored before claims were kept (store 0.8) hold, as found: no limit is
 * checked, for what is on the network is there whatever the limits say. A service is claimed once the drivers of all
 * its nodes are present, so that the ports its bandwidth crosses are known to be on links.
 */
final class OlderServicesClaims {
    private static final Logger LOG = LoggerFactory.getLogger(OlderServicesClaims.class);

    private final Inventory network;
    private final PrestoStore store;
    private final ServiceClaims claims;

    OlderServicesClaims(Inventory network, PrestoStore store, ServiceClaims claims) {
        this.network = network;
        this.store = store;
        this.claims = claims;
    }

    void claim() {
        for (String uuid : store.servicesWithoutClaims()) {
            Optional<ServiceRecord> record = store.service(uuid).filter(r -> r.changes().stream()
                    .allMatch(change -> network.driverOf(change.nodeId()).isPresent()));
            if (record.isEmpty()) {
                continue;
            }
            try {
                store.claim(record.get(), claims.asFound(record.get()));
            } catch (ResourceTakenException e) {
                LOG.warn("Service {} was stored before resources were claimed, and holds what another service "
                        + "holds too: {}; delete one of them", uuid, e.getMessage());
            } catch (StoreException e) {
                LOG.warn("Claiming what service {} holds failed: {}; tried again when a driver comes", uuid,
                        e.getMessage());
            }
        }
    }
}
