package org.presto.driver.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.presto.driver.emulator.device.DeviceStateFile;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.driver.emulator.device.ForwardingTable;
import org.presto.driver.emulator.device.PortInventory;
import org.presto.driver.emulator.device.UndoData;
import org.presto.driver.emulator.graph.NetworkGraph;
import org.presto.driver.emulator.graph.NetworkLoadException;
import org.presto.driver.emulator.graph.NetworkSource;
import org.presto.driver.emulator.tapi.TapiNetworkMapper;
import org.presto.model.tapi.InvalidTapiContextException;
import org.presto.model.tapi.TapiContextCodec;
import org.presto.spi.BridgeEntry;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.TapiContextNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated EMS, fully built from its settings: its network is loaded and mapped once, its switches' forwarding
 * tables restored from their saved configuration. Construction either yields a complete EMS or fails; there is no
 * half-loaded state. Plain Java, so that tests and the OSGi component build it the same way.
 */
public final class EmulatedEms implements NetworkDriver {
    public static final String VENDOR = "Presto";
    private static final Logger LOG = LoggerFactory.getLogger(EmulatedEms.class);
    private static final int LOGGED_IGNORED = 10;

    private final DriverInfo info;
    private final Set<Capability> capabilities;
    private final DiscoveredNetwork network;
    private final ForwardingTable forwardingTable;
    private volatile FaultPlan faults;

    /**
     * @param version the driver's version, reported in {@link #info()}
     * @throws NetworkLoadException if the configured network cannot be loaded
     * @throws IOException if a saved configuration exists but cannot be read
     */
    public EmulatedEms(EmulatorSettings settings, String version) throws NetworkLoadException, IOException {
        Path file = NetworkSource.file(settings.network(), settings.baseDirectory());
        String description;
        if (file != null && TapiContextCodec.isContextFile(file)) {
            TapiContextNetwork tapi = tapiContext(file);
            this.network = tapi.network();
            description = "Emulated EMS of TAPI 2.1.3 context " + tapi.name() + ": " + network.nodes().size()
                    + " nodes";
        } else {
            NetworkGraph graph = NetworkSource.load(settings.network(), settings.baseDirectory());
            this.network = new TapiNetworkMapper(settings.driverId(), settings.edgePortsPerNode(),
                    settings.portCapacityMbps(), settings.linkCapacityMbps()).map(graph);
            description = "Emulated Ethernet EMS: " + graph.name() + ", " + graph.sites().size() + " nodes";
        }
        this.forwardingTable = ForwardingTable.restore(new PortInventory(network),
                new DeviceStateFile(settings.stateFile()));
        this.info = new DriverInfo(settings.driverId(), VENDOR, version, description);
        this.faults = FaultPlan.parse(settings.faults());
        this.capabilities = settings.capabilities();
    }

    private static TapiContextNetwork tapiContext(Path file) throws NetworkLoadException {
        TapiContextNetwork tapi;
        try {
            tapi = TapiContextNetwork.read(file);
        } catch (InvalidTapiContextException e) {
            throw new NetworkLoadException(file, "is not a TAPI context Presto can emulate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NetworkLoadException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (!tapi.ignored().isEmpty()) {
            LOG.warn("{}: left out {} members Presto does not take, e.g. {}", file, tapi.ignored().size(),
                    tapi.ignored().subList(0, Math.min(LOGGED_IGNORED, tapi.ignored().size())));
        }
        return tapi;
    }

    /** Replaces the faults to inject; operations are counted again from this call. */
    public void injectFaults(FaultPlan plan) {
        this.faults = plan;
    }

    @Override
    public DriverInfo info() {
        return info;
    }

    /** Everything, as an EMS keeps whatever it is asked to configure; less where configured to lack some. */
    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** An EMS configured to lack a capability refuses what needs it, as a real one would. */
    private void requireCapable(DeviceChange change) throws DriverException {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        missing.addAll(change.needs());
        missing.removeAll(capabilities);
        if (!missing.isEmpty()) {
            throw new DriverException("node " + change.nodeId() + ": this EMS cannot configure " + missing);
        }
    }

    @Override
    public DiscoveredNetwork discover() {
        return network;
    }

    @Override
    public UndoRecord install(DeviceChange change) throws DriverException {
        requireCapable(change);
        if (inject(change.nodeId(), "installing " + described(change)) && forwardingTable.install(change)) {
            return new UndoRecord(change.nodeId(), info.id(), UndoData.removing(change));
        }
        return UndoRecord.nothing(change.nodeId(), info.id());
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        if (undo.isFor(info().id()) && inject(undo.nodeId(), "undoing a change")) {
            UndoData.apply(undo, forwardingTable);
        }
    }

    @Override
    public void remove(DeviceChange change) throws DriverException {
        if (inject(change.nodeId(), "removing " + described(change))) {
            forwardingTable.remove(change);
        }
    }

    @Override
    public List<DeviceChange> configuration(String nodeId) throws DriverException {
        return forwardingTable.configuration(nodeId);
    }

    private static String described(DeviceChange change) {
        String what = change instanceof ForwardingEntry ? "entry" : change instanceof BridgeEntry ? "bridge"
                : "media channel";
        return "the " + what + " of service " + change.serviceId();
    }

    /** Applies the fault planned for this operation; whether the operation is then to be carried out. */
    private boolean inject(String nodeId, String doing) throws DriverException {
        FaultPlan.Fault fault = faults.next();
        switch (fault.kind()) {
            case FAIL -> throw new DriverException("node " + nodeId + ": injected fault (" + faults + "): " + doing
                    + " fails, operation " + fault.operation());
            case BUSY -> throw new DriverException("node " + nodeId + ": injected fault (" + faults + "): the device "
                    + "is busy, " + doing + " not done, operation " + fault.operation(), null, true);
            case HANG -> {
                try {
                    Thread.sleep(fault.hangMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DriverException("node " + nodeId + ": interrupted while hanging (" + faults + "), "
                            + doing + " not done", e);
                }
                return true;
            }
            case SILENT -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
