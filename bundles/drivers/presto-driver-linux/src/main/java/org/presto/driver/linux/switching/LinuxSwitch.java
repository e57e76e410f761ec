package org.presto.driver.linux.switching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.presto.driver.linux.host.Host;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DeviceStatus.Connection;
import org.presto.spi.DriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One switch: a network namespace whose Linux bridge joins its ports, with the nftables table that decides which
 * frames cross the bridge (see {@link Forwarding}). A change reads the ports and the table, lets the caller decide
 * what to remove and add, and applies it with one {@code nft -f}, which the kernel commits as a whole or not at all.
 * Changes to one switch are made one at a time.
 */
public final class LinuxSwitch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(LinuxSwitch.class);

    private final String namespace;
    private final String bridge;
    private final Host host;
    private volatile DeviceStatus status;

    public LinuxSwitch(String namespace, String bridge, Host host) {
        this.namespace = namespace;
        this.bridge = bridge;
        this.host = host;
        this.status = new DeviceStatus(namespace, "netns " + namespace + ", bridge " + bridge,
                Connection.NOT_CONNECTED, "");
    }

    public String name() {
        return namespace;
    }

    public DeviceStatus status() {
        return status;
    }

    /** What a change does, decided from the switch as it is. */
    public interface Plan<T> {
        Change<T> plan(List<Port> ports, SwitchTables tables) throws DriverException;
    }

    /** @param removed entries to take away, {@code added} entries to put in; both empty for no change */
    public record Change<T>(List<Entry> removed, List<Entry> added, T result) {
        public static <T> Change<T> none(T result) {
            return new Change<>(List.of(), List.of(), result);
        }
    }

    /**
     * Takes the switch over: creates its table unless it has one, so that from now on no frame crosses the bridge
     * unless a service lets it, and none to a Bridge Reserved Address ever does; the switch's ports.
     */
    public synchronized List<Port> takeOver() throws DriverException {
        return attempt(() -> {
            host.run(namespace, (tableExists() ? "" : SwitchTables.CREATE) + SwitchTables.STANDING_RULES,
                    "nft", "-f", "-");
            return ports();
        });
    }

    /** The ports of the switch and its table now. */
    public synchronized <T> T read(Plan<T> reader) throws DriverException {
        return attempt(() -> reader.plan(ports(), table().orElse(SwitchTables.empty())).result());
    }

    public synchronized <T> T change(Plan<T> plan) throws DriverException {
        return attempt(() -> {
            Optional<SwitchTables> found = table();
            SwitchTables tables = found.orElse(SwitchTables.empty());
            List<Port> ports = ports();
            Change<T> change = plan.plan(ports, tables);
            if (!change.removed().isEmpty() || !change.added().isEmpty()) {
                String script = tables.changeTo(change.removed(), change.added());
                host.run(namespace, (found.isPresent() ? "" : SwitchTables.CREATE + SwitchTables.STANDING_RULES)
                        + script, "nft", "-f", "-");
            }
            return change.result();
        });
    }

    private interface Work<T> {
        T run() throws IOException, DriverException;
    }

    private <T> T attempt(Work<T> work) throws DriverException {
        try {
            T result = work.run();
            status = new DeviceStatus(namespace, status.address(), Connection.CONNECTED, "");
            return result;
        } catch (IOException e) {
            status = new DeviceStatus(namespace, status.address(), Connection.FAILED, e.getMessage());
            throw new DriverException("switch " + namespace + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            status = new DeviceStatus(namespace, status.address(), Connection.FAILED, e.getMessage());
            throw new DriverException("switch " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** The bridge's ports that declare themselves Presto's. */
    private List<Port> ports() throws IOException {
        JsonNode links = JSON.readTree(host.run(namespace, null, "ip", "-j", "link", "show", "master", bridge));
        List<Port> ports = new ArrayList<>();
        for (JsonNode link : links) {
            try {
                Port.declared(link.path("ifname").asText(), link.path("ifalias").asText(null)).ifPresent(ports::add);
            } catch (IllegalArgumentException e) {
                // one port's typo must not stop the switch's other services (their deletes and rollbacks)
                LOG.warn("Switch {}: {}; the port is left out until its alias is mended", namespace, e.getMessage());
            }
        }
        return ports;
    }

    private boolean tableExists() throws IOException {
        return host.run(namespace, null, "nft", "list", "tables", "bridge").contains("table bridge "
                + SwitchTables.TABLE + "\n");
    }

    /** The switch's table, if it has one yet. */
    private Optional<SwitchTables> table() throws IOException {
        return tableExists() ? Optional.of(SwitchTables.parse(host.run(namespace, null, "nft", "-j", "list", "table",
                "bridge", SwitchTables.TABLE))) : Optional.empty();
    }
}
