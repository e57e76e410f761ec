package org.presto.store;

import java.util.List;
import java.util.Objects;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;

/**
 * A connectivity service as stored: the service, all its connections (top and per node) and what is configured on
 * devices for it, in the order it is installed: forwarding entries (point-to-point) or bridges (multipoint) on
 * Ethernet switches, media channels on ROADMs.
 *
 * @param revision the stored revision this record was read as or saved as; 0 for a record never stored. A save
 *                 succeeds only if the stored revision is still this one, so concurrent writers cannot overwrite each
 *                 other unnoticed.
 */
public record ServiceRecord(ConnectivityService service, List<Connection> connections,
                            List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                            List<BridgeEntry> bridges, Prior prior, long revision) {

    /**
     * While an update of an installed service runs, what the service had configured before it: journal recovery puts
     * it back if the update is interrupted. {@link #NONE} when no update runs.
     */
    public record Prior(List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                        List<BridgeEntry> bridges) {
        public static final Prior NONE = new Prior(List.of(), List.of(), List.of());

        public Prior {
            forwardingEntries = List.copyOf(forwardingEntries);
            mediaChannels = List.copyOf(mediaChannels);
            bridges = List.copyOf(bridges);
        }

        public boolean isEmpty() {
            return forwardingEntries.isEmpty() && mediaChannels.isEmpty() && bridges.isEmpty();
        }
    }

    public ServiceRecord {
        Objects.requireNonNull(service, "service");
        connections = List.copyOf(connections);
        forwardingEntries = List.copyOf(forwardingEntries);
        mediaChannels = mediaChannels == null ? List.of() : List.copyOf(mediaChannels);
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
        prior = prior == null ? Prior.NONE : prior;
    }

    /** A record whose update under way, if any, had only forwarding entries before. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                         List<BridgeEntry> bridges, List<ForwardingEntry> priorEntries, long revision) {
        this(service, connections, forwardingEntries, mediaChannels, bridges,
                new Prior(priorEntries == null ? List.of() : priorEntries, List.of(), List.of()), revision);
    }

    /** A record with no update under way. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                         List<BridgeEntry> bridges, long revision) {
        this(service, connections, forwardingEntries, mediaChannels, bridges, Prior.NONE, revision);
    }

    /** Whether an update was under way when this was stored: {@link #prior()} is what it had before. */
    public boolean updating() {
        return !prior.isEmpty();
    }

    /** The forwarding entries the service had before the update under way; none if no update runs. */
    public List<ForwardingEntry> priorEntries() {
        return prior.forwardingEntries();
    }

    /** What the service has configured now, as the prior configuration of an update about to start. */
    public Prior configured() {
        return new Prior(forwardingEntries, mediaChannels, bridges);
    }

    /** This record while an update runs: the entries it had before are kept to be put back if the update dies. */
    public ServiceRecord updatingFrom(List<ForwardingEntry> priorEntries) {
        return updatingFrom(new Prior(priorEntries, List.of(), List.of()));
    }

    /** This record while an update runs, or with {@link Prior#NONE} once it is done. */
    public ServiceRecord updatingFrom(Prior before) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, bridges, before, revision);
    }

    /** A record of a service configured without bridges. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                         long revision) {
        this(service, connections, forwardingEntries, mediaChannels, List.of(), revision);
    }

    /** A record of a service configured by forwarding entries only. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<ForwardingEntry> forwardingEntries, long revision) {
        this(service, connections, forwardingEntries, List.of(), List.of(), revision);
    }

    /** A service not stored yet. */
    public static ServiceRecord of(ConnectivityService service, List<Connection> connections,
                                   List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, List.of(), List.of(), 0);
    }

    /** A photonic service not stored yet, configured by media channels. */
    public static ServiceRecord ofMediaChannels(ConnectivityService service, List<Connection> connections,
                                                List<MediaChannelEntry> mediaChannels) {
        return new ServiceRecord(service, connections, List.of(), mediaChannels, List.of(), 0);
    }

    public String uuid() {
        return service.uuid();
    }

    /** Changed content, same revision, media channels and bridges: saving it replaces the revision read. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, bridges, prior,
                revision);
    }

    /** Changed content, same revision and bridges. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, bridges, prior,
                revision);
    }

    /** Changed content, same revision. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                              List<BridgeEntry> bridges) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, bridges, prior,
                revision);
    }

    public ServiceRecord withService(ConnectivityService updated) {
        return with(updated, connections, forwardingEntries);
    }
}
