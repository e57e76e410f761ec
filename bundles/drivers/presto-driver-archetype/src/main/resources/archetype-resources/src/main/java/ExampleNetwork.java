package ${package};

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;
import org.presto.spi.support.StableUuids;
import org.presto.spi.support.SwitchNetwork;

/**
 * The driver's logic, without OSGi: one switch, point-to-point services (E-Line) as VLAN cross-connects. What every
 * driver must get right is here (see docs/drivers.md of Presto, "The contract"):
 * <ul>
 * <li>uuids derived from stable names ({@link StableUuids}), so they are the same on every discovery;
 * <li>a cross-connect named after its content, so installing what the switch holds changes nothing and returns
 *     {@link UndoRecord#nothing}, and removing what is not there succeeds;
 * <li>the undo record says how to take the change back (here: the name to delete), and works in a new instance;
 * <li>refusals with a clear message, before anything changes: unknown node or port, VLAN out of range, one port
 *     twice, another service's VLAN on a port;
 * <li>read-back from the device, never from memory;
 * <li>one change at a time on the switch ({@code synchronized}), reads at any time.
 * </ul>
 * What the driver can do it declares in {@link #capabilities()}: this switch makes VLAN cross-connects and polices
 * frames entering at a port at one rate, so it declares {@link Capability#VLAN_CROSS_CONNECTS} and
 * {@link Capability#INGRESS_POLICING} and nothing else. Presto then asks it for no bridges, no media channels, no
 * two-rate, egress or frame-size policies: services needing them are refused before any device is touched. Presto
 * hands every change as a {@link DeviceChange}; {@link #install}, {@link #remove} and {@link #configuration} handle
 * the kinds this driver makes ({@link ForwardingEntry}) and refuse others. To bridge, declare
 * {@link Capability#BRIDGING} and add a {@code BridgeEntry} branch to each; the test kit checks every capability you
 * declare, and that what you do not declare is refused.
 */
public final class ExampleNetwork implements NetworkDriver {
    private final DriverInfo info;
    private final String switchName;
    private final DeviceClient device;
    private final StableUuids uuids;
    private final String nodeId;
    private volatile DeviceStatus status;

    public ExampleNetwork(DriverInfo info, String switchName, DeviceClient device) {
        this.info = info;
        this.switchName = switchName;
        this.device = device;
        this.uuids = new StableUuids("${artifactId}", info.id());
        this.nodeId = uuids.node(switchName);
        this.status = new DeviceStatus(switchName, "", DeviceStatus.Connection.NOT_CONNECTED, "");
    }

    @Override
    public DriverInfo info() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.VLAN_CROSS_CONNECTS, Capability.INGRESS_POLICING);
    }

    @Override
    public List<DeviceStatus> devices() {
        return List.of(status);
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        SwitchNetwork network = new SwitchNetwork(uuids).addSwitch(switchName);
        for (String port : call(device::ports)) {
            network.addCustomerPort(switchName, port, 1000);
        }
        return network.build();
    }

    @Override
    public synchronized UndoRecord install(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            return install(entry);
        }
        throw DriverException.cannotMake(info, change);
    }

    @Override
    public synchronized void remove(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            remove(entry);
        }
    }

    @Override
    public List<DeviceChange> configuration(String node) throws DriverException {
        return List.copyOf(crossConnects(node));
    }

    private UndoRecord install(ForwardingEntry entry) throws DriverException {
        requireNode(entry.nodeId());
        Map<String, String> ports = portsByUuid();
        DeviceClient.CrossConnect wanted = crossConnect(entry, require(ports, entry.portA()),
                require(ports, entry.portB()));
        if (wanted.portA().equals(wanted.portB())) {
            throw new DriverException(switchName + ": both ends of the cross-connect are port " + wanted.portA());
        }
        requireVlan(entry.vlanA());
        requireVlan(entry.vlanB());
        for (UniPolicy policy : entry.policies().values()) {
            // Presto does not ask for more than the capabilities say; a driver still never drops what it cannot do
            if (!policy.enforceableWith(capabilities())) {
                throw new DriverException(switchName + ": this switch polices at one rate only; it cannot enforce "
                        + policy);
            }
        }
        List<DeviceClient.CrossConnect> present = call(device::crossConnects);
        if (present.stream().anyMatch(xc -> xc.name().equals(wanted.name()))) {
            return UndoRecord.nothing(nodeId, info.id());
        }
        for (DeviceClient.CrossConnect other : present) {
            if (!other.service().equals(wanted.service()) && (uses(other, wanted.portA(), wanted.vlanA())
                    || uses(other, wanted.portB(), wanted.vlanB()))) {
                throw new DriverException(switchName + ": a port and VLAN of the cross-connect are already used by "
                        + "service " + other.service());
            }
        }
        call(() -> {
            device.add(wanted);
            return null;
        });
        return new UndoRecord(nodeId, info.id(), wanted.name());
    }

    @Override
    public synchronized void undo(UndoRecord undo) throws DriverException {
        if (!undo.isFor(info.id())) {
            return;
        }
        requireNode(undo.nodeId());
        call(() -> {
            device.delete(undo.data());
            return null;
        });
    }

    private void remove(ForwardingEntry entry) throws DriverException {
        requireNode(entry.nodeId());
        Map<String, String> ports = portsByUuid();
        String a = ports.get(entry.portA());
        String b = ports.get(entry.portB());
        if (a != null && b != null) {
            String name = crossConnect(entry, a, b).name();
            call(() -> {
                device.delete(name);
                return null;
            });
        }
    }

    private List<ForwardingEntry> crossConnects(String node) throws DriverException {
        requireNode(node);
        List<ForwardingEntry> entries = new ArrayList<>();
        for (DeviceClient.CrossConnect xc : call(device::crossConnects)) {
            String a = uuids.nodeEdgePoint(switchName, xc.portA());
            String b = uuids.nodeEdgePoint(switchName, xc.portB());
            Map<String, UniPolicy> policies = new HashMap<>();
            policies.put(a, policy(xc.policerA()));
            policies.merge(b, policy(xc.policerB()), (first, second) -> first);
            entries.add(new ForwardingEntry(xc.service(), nodeId, a, xc.vlanA(), b, xc.vlanB(), policies));
        }
        return entries;
    }

    private static DeviceClient.CrossConnect crossConnect(ForwardingEntry entry, String portA, String portB) {
        DeviceClient.Policer a = policer(entry.policyAt(entry.portA()));
        DeviceClient.Policer b = policer(entry.policyAt(entry.portB()));
        // the policers are part of the name: a service whose rate changes gets a new cross-connect beside the old
        String name = entry.serviceId() + ":" + portA + "." + entry.vlanA() + ":" + portB + "." + entry.vlanB() + "@"
                + a.cirBps() + "/" + a.cbsBytes() + "/" + b.cirBps() + "/" + b.cbsBytes();
        return new DeviceClient.CrossConnect(name, entry.serviceId(), portA, entry.vlanA(), a, portB, entry.vlanB(),
                b);
    }

    /** The single-rate policer of a policy; Presto asks this driver for no other kind (see capabilities()). */
    private static DeviceClient.Policer policer(UniPolicy policy) {
        return policy.ingress() == null ? DeviceClient.Policer.NONE
                : new DeviceClient.Policer(policy.ingress().cirBps(), policy.ingress().cbsBytes());
    }

    private static UniPolicy policy(DeviceClient.Policer policer) {
        return policer.cirBps() == 0 ? UniPolicy.NONE : new UniPolicy(0, new BandwidthProfile(policer.cirBps(),
                policer.cbsBytes(), 0, 0, false, false), null);
    }

    private static boolean uses(DeviceClient.CrossConnect xc, String port, int vlan) {
        return xc.portA().equals(port) && xc.vlanA() == vlan || xc.portB().equals(port) && xc.vlanB() == vlan;
    }

    private Map<String, String> portsByUuid() throws DriverException {
        Map<String, String> ports = new LinkedHashMap<>();
        for (String port : call(device::ports)) {
            ports.put(uuids.nodeEdgePoint(switchName, port), port);
        }
        return ports;
    }

    private String require(Map<String, String> ports, String uuid) throws DriverException {
        String port = ports.get(uuid);
        if (port == null) {
            throw new DriverException(switchName + " has no port " + uuid);
        }
        return port;
    }

    private void requireVlan(int vlan) throws DriverException {
        if (vlan < 1 || vlan > 4094) {
            throw new DriverException(switchName + ": VLAN " + vlan + " is not between 1 and 4094");
        }
    }

    private void requireNode(String node) throws DriverException {
        if (!nodeId.equals(node)) {
            throw new DriverException("unknown node " + node + ": driver " + info.id() + " has only " + switchName);
        }
    }

    private interface DeviceCall<T> {
        T run() throws IOException;
    }

    /** Runs a device call; a failure becomes a DriverException in the device's words, and the status says so. */
    private <T> T call(DeviceCall<T> work) throws DriverException {
        try {
            T result = work.run();
            status = new DeviceStatus(switchName, "", DeviceStatus.Connection.CONNECTED, "");
            return result;
        } catch (IOException e) {
            status = new DeviceStatus(switchName, "", DeviceStatus.Connection.FAILED, e.getMessage());
            throw new DriverException(switchName + ": " + e.getMessage(), e);
        }
    }
}
