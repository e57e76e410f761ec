package org.presto.store;

import java.util.List;
import java.util.Objects;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.ForwardingEntry;

/**
 * A connectivity service as stored: the service, all its connections (top and per node) and the forwarding entries
 * configured on devices for it, in the order they are installed.
 *
 * @param revision the stored revision this record was read as or saved as; 0 for a record never stored. A save
 *                 succeeds only if the stored revision is still this one, so concurrent writers cannot overwrite each
 *                 other unnoticed.
 */
public record ServiceRecord(ConnectivityService service, List<Connection> connections,
                            List<ForwardingEntry> forwardingEntries, long revision) {
    public ServiceRecord {
        Objects.requireNonNull(service, "service");
        connections = List.copyOf(connections);
        forwardingEntries = List.copyOf(forwardingEntries);
    }

    /** A service not stored yet. */
    public static ServiceRecord of(ConnectivityService service, List<Connection> connections,
                                   List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, 0);
    }

    public String uuid() {
        return service.uuid();
    }

    /** Changed content, same revision: saving it replaces the revision this record was read as. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, revision);
    }

    public ServiceRecord withService(ConnectivityService updated) {
        return with(updated, connections, forwardingEntries);
    }
}
