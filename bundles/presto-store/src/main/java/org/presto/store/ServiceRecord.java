package org.presto.store;

import java.util.List;
import java.util.Objects;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;

/**
 * A connectivity service as stored: the service, all its connections (top and per node) and what is configured on
 * devices for it, in the order it is installed: forwarding entries on Ethernet switches, media channels on ROADMs.
 *
 * @param revision the stored revision this record was read as or saved as; 0 for a record never stored. A save
 *                 succeeds only if the stored revision is still this one, so concurrent writers cannot overwrite each
 *                 other unnoticed.
 */
public record ServiceRecord(ConnectivityService service, List<Connection> connections,
                            List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels,
                            long revision) {
    public ServiceRecord {
        Objects.requireNonNull(service, "service");
        connections = List.copyOf(connections);
        forwardingEntries = List.copyOf(forwardingEntries);
        mediaChannels = mediaChannels == null ? List.of() : List.copyOf(mediaChannels);
    }

    /** A record of a service configured by forwarding entries only. */
    public ServiceRecord(ConnectivityService service, List<Connection> connections,
                         List<ForwardingEntry> forwardingEntries, long revision) {
        this(service, connections, forwardingEntries, List.of(), revision);
    }

    /** A service not stored yet. */
    public static ServiceRecord of(ConnectivityService service, List<Connection> connections,
                                   List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, List.of(), 0);
    }

    /** A photonic service not stored yet, configured by media channels. */
    public static ServiceRecord ofMediaChannels(ConnectivityService service, List<Connection> connections,
                                                List<MediaChannelEntry> mediaChannels) {
        return new ServiceRecord(service, connections, List.of(), mediaChannels, 0);
    }

    public String uuid() {
        return service.uuid();
    }

    /** Changed content, same revision and media channels: saving it replaces the revision this record was read as. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, revision);
    }

    /** Changed content, same revision. */
    public ServiceRecord with(ConnectivityService service, List<Connection> connections,
                              List<ForwardingEntry> forwardingEntries, List<MediaChannelEntry> mediaChannels) {
        return new ServiceRecord(service, connections, forwardingEntries, mediaChannels, revision);
    }

    public ServiceRecord withService(ConnectivityService updated) {
        return with(updated, connections, forwardingEntries);
    }
}
