package org.presto.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.presto.core.DriverStatus;
import org.presto.core.NetworkInventory;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.presto.store.NetworkRecord;
import org.presto.store.PrestoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the drivers as they come and go and keeps the merged network. A driver's report is stored when it arrives,
 * so after a restart, or while the driver is away, its nodes are still known (as DISABLED) and services over them
 * stay readable.
 */
@Component(service = {NetworkInventory.class, NetworkView.class})
public class InventoryComponent implements NetworkView {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryComponent.class);

    private final PrestoStore store;
    private final Map<String, NetworkRecord> records = new LinkedHashMap<>();
    private final Map<String, NetworkDriver> liveDrivers = new HashMap<>();
    private volatile NetworkSnapshot snapshot;

    @Activate
    public InventoryComponent(@Reference PrestoStore store) {
        this.store = store;
        synchronized (this) {
            for (NetworkRecord record : store.networks()) {
                records.putIfAbsent(record.driver().id(), record);
            }
            rebuild();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDriver(NetworkDriver driver) {
        String id = driver.info().id();
        DiscoveredNetwork network;
        try {
            network = driver.discover();
        } catch (DriverException | RuntimeException e) {
            LOG.error("Driver {} failed to report its network; its nodes stay unavailable: {}", id, e.getMessage(), e);
            return;
        }
        synchronized (this) {
            if (liveDrivers.containsKey(id)) {
                LOG.error("A second driver with id {} was registered and is ignored", id);
                return;
            }
            NetworkRecord record = new NetworkRecord(driver.info(), network);
            store.saveNetwork(record);
            records.put(id, record);
            liveDrivers.put(id, driver);
            rebuild();
        }
        LOG.info("Driver {} ({} {}) is available with {} nodes", id, driver.info().vendor(), driver.info().version(),
                network.nodes().size());
    }

    void unbindDriver(NetworkDriver driver) {
        String id = driver.info().id();
        synchronized (this) {
            if (liveDrivers.get(id) != driver) {
                return;
            }
            liveDrivers.remove(id);
            rebuild();
        }
        LOG.info("Driver {} is gone; its nodes are unavailable", id);
    }

    /** Callers hold the monitor. The NetworkSnapshot constructor reads only the arguments. */
    private void rebuild() {
        snapshot = new NetworkSnapshot(new ArrayList<>(records.values()), Map.copyOf(liveDrivers).keySet());
    }

    @Override
    public Topology topology() {
        return snapshot.topology;
    }

    @Override
    public List<ServiceInterfacePoint> serviceInterfacePoints() {
        return snapshot.sips;
    }

    @Override
    public synchronized List<DriverStatus> drivers() {
        return records.values().stream()
                .map(r -> new DriverStatus(r.driver(), liveDrivers.containsKey(r.driver().id()),
                        r.network().nodes().size()))
                .sorted(Comparator.comparing(s -> s.info().id()))
                .toList();
    }

    @Override
    public Optional<Node> node(String nodeIdOrName) {
        return snapshot.topology.node().stream()
                .filter(n -> n.uuid().equals(nodeIdOrName)
                        || n.name().stream().anyMatch(name -> nodeIdOrName.equals(name.value())))
                .findFirst();
    }

    @Override
    public List<ForwardingEntry> deviceConfiguration(String nodeIdOrName) {
        Node node = node(nodeIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, null,
                "no node with uuid or name '" + nodeIdOrName + "'"));
        NetworkDriver driver = driverOf(node.uuid()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, null,
                "the driver of node " + nodeIdOrName + " (" + snapshot.nodeOwner.get(node.uuid())
                        + ") is not available"));
        try {
            return driver.forwardingEntries(node.uuid());
        } catch (DriverException e) {
            throw new PrestoException(Reason.DEVICE_FAILURE, null,
                    "reading the configuration of node " + nodeIdOrName + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<NetworkDriver> driverOf(String nodeId) {
        String owner = snapshot.nodeOwner.get(nodeId);
        return owner == null ? Optional.empty() : Optional.ofNullable(liveDrivers.get(owner));
    }

    @Override
    public Optional<SipLocation> locate(String sipId) {
        return Optional.ofNullable(snapshot.sipLocations.get(sipId));
    }

    @Override
    public Optional<Link> linkAt(String nepId) {
        return Optional.ofNullable(snapshot.linkByNep.get(nepId));
    }
}
