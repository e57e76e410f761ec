package org.presto.store;

import java.util.List;
import java.util.Objects;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.ForwardingEntry;

/**
 * A connectivity service as stored: the service, all its connections (top and per node) and the forwarding entries
 * configured on devices for it, in the order they are installed.
 */
public record ServiceRecord(ConnectivityService service, List<Connection> connections,
                            List<ForwardingEntry> forwardingEntries) {
    public ServiceRecord {
        Objects.requireNonNull(service, "service");
        connections = List.copyOf(connections);
        forwardingEntries = List.copyOf(forwardingEntries);
    }

    public String uuid() {
        return service.uuid();
    }

    public ServiceRecord withService(ConnectivityService updated) {
        return new ServiceRecord(updated, connections, forwardingEntries);
    }
}
