package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UniPolicy;
import org.presto.store.ServiceRecord;

/**
 * The configuration a service had before an update under way, in three columns of connectivity_service (NULL when
 * there is none): entries as "node|port-a|vlan-a|port-b|vlan-b|policies", bridges as "node|members|policies",
 * channels as "node|port-a|port-b|lower-mhz|upper-mhz", each list separated by ';' (uuids hold neither character;
 * policies are JSON since V0011, a bare rate from V0010 to V0011, which is not read).
 */
final class PriorColumns {
    private PriorColumns() {
    }

    /** Sets the three columns from the given index on: entries, bridges, channels. */
    static void bind(PreparedStatement statement, int first, ServiceRecord.Prior prior) throws SQLException {
        statement.setString(first, prior.forwardingEntries().isEmpty() ? null : prior.forwardingEntries().stream()
                .map(e -> String.join("|", e.nodeId(), e.portA(), Integer.toString(e.vlanA()), e.portB(),
                        Integer.toString(e.vlanB()), Objects.toString(PolicyColumn.write(e.policies()), "")))
                .collect(Collectors.joining(";")));
        statement.setString(first + 1, prior.bridges().isEmpty() ? null : prior.bridges().stream()
                .map(b -> b.nodeId() + "|" + BridgeMembers.write(b) + "|"
                        + Objects.toString(PolicyColumn.write(b.policies()), "")).collect(Collectors.joining(";")));
        statement.setString(first + 2, prior.mediaChannels().isEmpty() ? null : prior.mediaChannels().stream()
                .map(c -> String.join("|", c.nodeId(), c.portA(), c.portB(), Long.toString(c.lowerFrequencyMhz()),
                        Long.toString(c.upperFrequencyMhz()))).collect(Collectors.joining(";")));
    }

    static ServiceRecord.Prior read(String serviceUuid, String entries, String bridges, String channels) {
        List<ForwardingEntry> priorEntries = new ArrayList<>();
        for (String entry : items(entries)) {
            String[] f = entry.split("\\|");
            priorEntries.add(new ForwardingEntry(serviceUuid, f[0], f[1], Integer.parseInt(f[2]), f[3],
                    Integer.parseInt(f[4]), f.length > 5 ? policies(f[5]) : Map.of()));
        }
        List<BridgeEntry> priorBridges = new ArrayList<>();
        for (String bridge : items(bridges)) {
            String[] f = bridge.split("\\|");
            priorBridges.add(BridgeMembers.read(serviceUuid, f[0], f[1], f.length > 2 ? policies(f[2]) : null));
        }
        List<MediaChannelEntry> priorChannels = new ArrayList<>();
        for (String channel : items(channels)) {
            String[] f = channel.split("\\|");
            priorChannels.add(new MediaChannelEntry(serviceUuid, f[0], f[1], f[2], Long.parseLong(f[3]),
                    Long.parseLong(f[4])));
        }
        return new ServiceRecord.Prior(priorEntries, priorChannels, priorBridges);
    }

    private static List<String> items(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(";"));
    }

    private static Map<String, UniPolicy> policies(String field) {
        return field.startsWith("{") ? PolicyColumn.read(field) : Map.of();
    }
}
