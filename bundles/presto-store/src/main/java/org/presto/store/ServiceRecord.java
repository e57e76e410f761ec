package org.presto.store;

import java.util.List;
import java.util.Objects;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.DeviceChange;

/**
 * A connectivity service as stored: the service, all its connections (top and per node) and what is configured on
 * devices for it, in the order it is installed: forwarding entries (point-to-point) or bridges (multipoint) on
 * Ethernet switches, media channels on ROADMs, all as {@link DeviceChange device changes}.
 *
 * @param changes  what the service has on the devices, in installation order
 * @param prior    while an update of an installed service runs, what the service had on the devices before it:
 *                 journal recovery puts it back if the update is interrupted; empty when no update runs
 * @param revision the stored revision this record was read as or saved as; 0 for a record never stored. A save
 *                 succeeds only if the stored revision is still this one, so concurrent writers cannot overwrite each
 *                 other unnoticed.
 */
public record ServiceRecord(ConnectivityService service, List<Connection> connections,
                            List<DeviceChange> changes, List<DeviceChange> prior, long revision) {

    public ServiceRecord {
        Objects.requireNonNull(service, "service");
        connections = List.copyOf(connections);
        changes = List.copyOf(changes);
        prior = prior == null ? List.of() : List.copyOf(prior);
    }

    /** A record with no update under way. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<? extends DeviceChange> changes, long revision) {
        this(service, connections, List.copyOf(changes), List.of(), revision);
    }

    /** A service not stored yet. */
    public static ServiceRecord of(ConnectivityService service, List<Connection> connections,
                                   List<? extends DeviceChange> changes) {
        return new ServiceRecord(service, connections, changes, 0);
    }

    public String uuid() {
        return service.uuid();
    }

    /** The changes of one kind, in installation order. */
    public <C extends DeviceChange> List<C> changes(Class<C> kind) {
        return DeviceChange.ofKind(changes, kind);
    }

    /** Whether an update was under way when this was stored: {@link #prior()} is what it had before. */
    public boolean updating() {
        return !prior.isEmpty();
    }

    /** This record while an update runs: what it had before is kept to be put back if the update dies. */
    public ServiceRecord updatingFrom(List<? extends DeviceChange> before) {
        return new ServiceRecord(service, connections, changes, List.copyOf(before), revision);
    }

    /** This record with no update under way. */
    public ServiceRecord updated() {
        return updatingFrom(List.of());
    }

    /** Changed content, same revision and prior configuration: saving it replaces the revision read. */
    public ServiceRecord with(ConnectivityService updated, List<Connection> newConnections,
                              List<? extends DeviceChange> newChanges) {
        return new ServiceRecord(updated, newConnections, List.copyOf(newChanges), prior, revision);
    }

    /** The same record holding exactly these changes. */
    public ServiceRecord holding(List<? extends DeviceChange> newChanges) {
        return with(service, connections, newChanges);
    }

    public ServiceRecord withService(ConnectivityService updated) {
        return with(updated, connections, changes);
    }

    /** The record as saved at another revision. */
    public ServiceRecord atRevision(long newRevision) {
        return new ServiceRecord(service, connections, changes, prior, newRevision);
    }
}
