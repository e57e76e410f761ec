package org.presto.core.internal.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presto.core.DriverStatus.State;
import org.presto.core.DriverStatus;
import org.presto.core.NetworkInventory;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.journal.EventJournal;
import org.presto.model.AdministrativeState;
import org.presto.model.IdOrName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.spi.DeviceChange;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.store.NetworkRecord;
import org.presto.store.PrestoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the drivers as they come and go and keeps the merged network. A driver's report is stored when it arrives,
 * so after a restart, or while the driver is away, its nodes are still known (as DISABLED) and services over them
 * stay readable. Reads take the current immutable snapshot and never wait for a driver or the store.
 */
public final class Inventory implements NetworkInventory {
    private static final Logger LOG = LoggerFactory.getLogger(Inventory.class);

    private final PrestoStore store;
    private final EventJournal events;
    /** Driver services registered now, whether or not they reported their network yet. */
    private final Set<NetworkDriver> registered = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Registered drivers whose discovery failed (a device down, a session refused): tried again later. */
    private final Set<NetworkDriver> undiscovered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, NetworkRecord> records = new LinkedHashMap<>();
    private final Map<String, NetworkDriver> live = new HashMap<>();
    private final Map<String, DriverStatus> failed = new HashMap<>();
    /** Administrative states set on SIPs, by uuid: Presto's own, applied over what the drivers report. */
    private final Map<String, AdministrativeState> sipStates = new HashMap<>();
    private volatile NetworkSnapshot snapshot;

    public Inventory(PrestoStore store) {
        this(store, new EventJournal(java.time.Clock.systemUTC()));
    }

    public Inventory(PrestoStore store, EventJournal events) {
        this.store = store;
        this.events = events;
        synchronized (this) {
            for (NetworkRecord record : store.networks()) {
                records.putIfAbsent(record.driver().id(), record);
            }
            sipStates.putAll(store.sipAdministrativeStates());
            rebuild();
        }
    }

    /**
     * Takes a driver's network in. Discovery and storing run outside the monitor because they do I/O; if the driver
     * leaves meanwhile, its report is dropped.
     */
    public void driverAdded(NetworkDriver driver) {
        DriverInfo info = driver.info();
        synchronized (this) {
            registered.add(driver);
        }
        DiscoveredNetwork network;
        try {
            network = driver.discover();
        } catch (DriverException | RuntimeException e) {
            boolean again;
            synchronized (this) {
                DriverStatus before = failed.get(info.id());
                again = before != null && before.problem().equals(String.valueOf(e.getMessage()));
                if (registered.contains(driver)) {
                    failed.put(info.id(), new DriverStatus(info, State.FAILED, 0, e.getMessage()));
                    undiscovered.add(driver);
                }
            }
            if (again) {
                LOG.debug("Driver {} still fails to report its network: {}", info.id(), e.getMessage());
            } else {
                events.publish("driver", "FAILED", "id", info.id(), "reason", e.getMessage());
                LOG.error("Driver {} failed to report its network; its nodes stay unavailable and it is asked again "
                        + "shortly: {}", info.id(), e.getMessage(), e);
            }
            return;
        }
        NetworkRecord record = new NetworkRecord(info, network);
        synchronized (this) {
            if (!registered.contains(driver)) {
                return;
            }
            String refusal = admission(info, network);
            if (refusal != null) {
                LOG.error("Driver {} is refused: {}", info.id(), refusal);
                events.publish("driver", "FAILED", "id", info.id(), "reason", refusal);
                failed.put(info.id(), new DriverStatus(info, State.FAILED, 0, refusal));
                return;
            }
            store.saveNetwork(record);
            records.put(info.id(), record);
            live.put(info.id(), driver);
            failed.remove(info.id());
            undiscovered.remove(driver);
            rebuild();
        }
        events.publish("driver", "ADDED", "id", info.id(), "vendor", info.vendor(), "version", info.version(),
                "nodes", Integer.toString(network.nodes().size()));
        LOG.info("Driver {} ({} {}) is available with {} nodes", info.id(), info.vendor(), info.version(),
                network.nodes().size());
    }

    /** Why a driver's network cannot be taken in, or null. Callers hold the monitor. */
    private String admission(DriverInfo info, DiscoveredNetwork network) {
        if (live.containsKey(info.id())) {
            return "another driver with id " + info.id() + " is active";
        }
        for (Node node : network.nodes()) {
            String owner = snapshot.nodeOwner.get(node.uuid());
            if (owner != null && !owner.equals(info.id())) {
                return "node " + node.uuid() + " is already reported by driver " + owner;
            }
        }
        return null;
    }

    /**
     * Asks the drivers whose discovery failed for their network again (a device that was down may be back); how
     * many are available now.
     */
    public int retryDiscovery() {
        List<NetworkDriver> again;
        synchronized (this) {
            again = List.copyOf(undiscovered);
        }
        int available = 0;
        for (NetworkDriver driver : again) {
            driverAdded(driver);
            synchronized (this) {
                available += live.get(driver.info().id()) == driver ? 1 : 0;
            }
        }
        return available;
    }

    public void driverRemoved(NetworkDriver driver) {
        String id = driver.info().id();
        synchronized (this) {
            registered.remove(driver);
            undiscovered.remove(driver);
            if (live.get(id) != driver) {
                if (registered.stream().noneMatch(other -> other.info().id().equals(id))) {
                    failed.remove(id);
                }
                return;
            }
            live.remove(id);
            rebuild();
        }
        events.publish("driver", "REMOVED", "id", id);
        LOG.info("Driver {} is gone; its nodes are unavailable", id);
    }

    /** Callers hold the monitor. */
    private void rebuild() {
        snapshot = new NetworkSnapshot(new ArrayList<>(records.values()), Map.copyOf(live), Map.copyOf(sipStates));
    }

    @Override
    public Topology topology() {
        return snapshot.topology;
    }

    @Override
    public List<Topology> topologies() {
        return snapshot.topologies;
    }

    /** The served topology that references to a node and its edge points name. */
    public String topologyOf(String nodeId) {
        return snapshot.topologyOf(nodeId);
    }

    /** The served topology that references to a link name. */
    public String topologyOfLink(String linkId) {
        return snapshot.topologyOfLink(linkId);
    }

    @Override
    public List<ServiceInterfacePoint> serviceInterfacePoints() {
        return snapshot.sips;
    }

    @Override
    public ServiceInterfacePoint updateAdministrativeState(String sipIdOrName, AdministrativeState state) {
        if (state == null) {
            throw new PrestoException(Reason.INVALID_INPUT, "state", "state is required: LOCKED or UNLOCKED");
        }
        synchronized (this) {
            ServiceInterfacePoint sip = sip(sipIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "sip-id-or-name", "no service interface point with uuid or name '" + sipIdOrName + "'"));
            store.saveSipAdministrativeState(sip.uuid(), state);
            sipStates.put(sip.uuid(), state);
            rebuild();
            return sip(sip.uuid()).orElseThrow();
        }
    }

    private Optional<ServiceInterfacePoint> sip(String idOrName) {
        return IdOrName.find(snapshot.sips, ServiceInterfacePoint::uuid, ServiceInterfacePoint::name, idOrName);
    }

    @Override
    public List<DriverStatus> drivers() {
        Map<String, DriverStatus> statuses;
        Map<String, NetworkDriver> registeredById = new HashMap<>();
        synchronized (this) {
            statuses = new HashMap<>(failed);
            for (NetworkRecord record : records.values()) {
                String id = record.driver().id();
                if (live.containsKey(id)) {
                    statuses.put(id, new DriverStatus(live.get(id).info(), State.ACTIVE,
                            record.network().nodes().size(), null));
                } else {
                    statuses.putIfAbsent(id, new DriverStatus(record.driver(), State.ABSENT,
                            record.network().nodes().size(), null));
                }
            }
            registered.forEach(driver -> registeredById.putIfAbsent(driver.info().id(), driver));
            registeredById.putAll(live);
        }
        // drivers answer devices() from what they know; still, no driver is called while the monitor is held
        return DeviceLists.added(statuses.values(), registeredById);
    }

    @Override
    public Optional<Node> node(String nodeIdOrName) {
        return IdOrName.find(snapshot.topology.node(), Node::uuid, Node::name, nodeIdOrName);
    }

    @Override
    public List<DeviceChange> deviceConfiguration(String nodeIdOrName) {
        Node node = node(nodeIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND, null,
                "no node with uuid or name '" + nodeIdOrName + "'"));
        NetworkDriver driver = driverOf(node.uuid()).orElseThrow(() -> new PrestoException(Reason.UNAVAILABLE, null,
                "the driver of node " + nodeIdOrName + " (" + snapshot.nodeOwner.get(node.uuid())
                        + ") is not available"));
        try {
            return driver.configuration(node.uuid());
        } catch (DriverException e) {
            throw new PrestoException(Reason.DEVICE_FAILURE, null,
                    "reading the configuration of node " + nodeIdOrName + " failed: " + e.getMessage(), e);
        }
    }

    /** The live driver owning a node; empty when the node is unknown or its driver is away. */
    public Optional<NetworkDriver> driverOf(String nodeId) {
        NetworkSnapshot current = snapshot;
        String owner = current.nodeOwner.get(nodeId);
        return owner == null ? Optional.empty() : Optional.ofNullable(current.liveDrivers.get(owner));
    }

    /** The node edge point a SIP (by uuid, else by name) is mapped from. */
    public Optional<SipLocation> locate(String sipIdOrName) {
        NetworkSnapshot current = snapshot;
        SipLocation byUuid = sipIdOrName == null ? null : current.sipLocations.get(sipIdOrName);
        return byUuid != null ? Optional.of(byUuid) : IdOrName.find(current.sips, ServiceInterfacePoint::uuid,
                ServiceInterfacePoint::name, sipIdOrName).map(sip -> current.sipLocations.get(sip.uuid()));
    }

    /** The link attached to a node edge point, if any. */
    public Optional<Link> linkAt(String nepId) {
        return Optional.ofNullable(snapshot.linkByNep.get(nepId));
    }
}
