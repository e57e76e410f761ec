package org.presto.driver.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DscpClass;
import org.presto.spi.EgressMarking;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;

/**
 * The driver test kit: what every {@link NetworkDriver} must do for Presto to trust it. Extend it in your driver's
 * test sources (this jar in test scope), say how to get your driver connected to devices set aside for testing, and
 * run it with your tests. It checks discovery (stable, consistent uuids), install / read back / undo, idempotency of
 * every change, undo records that survive a new driver instance (as after a restart of Presto), configuration that
 * stays on the devices when the driver is unloaded, clear errors that change nothing, changes on several nodes at
 * once, and each {@link Capability capability} the driver declares: every policy (maximum frame size, single- and
 * two-rate, colour-aware and coupled profiles, egress) read back as installed, and bridges with E-Tree roles; and
 * that each kind of change the driver does not declare is refused, leaving the node as it was.
 *
 * <p>The kit configures only entries of its own services (service ids starting with {@code tck-}) on VLANs from
 * {@link #firstTestVlan()}, and takes every one of them back, also when a test fails.
 */
public abstract class NetworkDriverTck {

    /**
     * A driver connected to the test devices. Called before each test, and again inside some tests for a second
     * instance on the same devices (as after a restart); each instance is handed to {@link #release} after the test.
     */
    protected abstract NetworkDriver connect() throws Exception;

    /** Lets go of a driver instance {@link #connect()} made (closes its sessions); nothing by default. */
    protected void release(NetworkDriver driver) throws Exception {
    }

    /** The first of twelve VLAN ids the kit may use on the test devices' ports; 3001 by default. */
    protected int firstTestVlan() {
        return 3001;
    }

    private final List<NetworkDriver> connected = new ArrayList<>();
    /** Each reads the field {@code driver} when it runs, so it works through the instance current by then. */
    private final List<Runnable> cleanUp = new ArrayList<>();
    private NetworkDriver driver;
    private DiscoveredNetwork network;
    private final String service = "tck-" + UUID.randomUUID();

    @BeforeEach
    final void connectDriver() throws Exception {
        driver = newInstance();
        network = driver.discover();
        assertNotNull(network, "discover() returned null");
    }

    @AfterEach
    final void takeBackAndRelease() throws Exception {
        for (int i = cleanUp.size() - 1; i >= 0; i--) {
            cleanUp.get(i).run();
        }
        for (NetworkDriver instance : connected) {
            release(instance);
        }
    }

    private NetworkDriver newInstance() throws Exception {
        NetworkDriver instance = connect();
        assertNotNull(instance, "connect() returned null");
        connected.add(instance);
        return instance;
    }

    /** A node with at least three Ethernet edge points, and its first three. */
    private record Switch(Node node, List<String> ports) {
    }

    private List<Switch> switches() {
        List<Switch> switches = new ArrayList<>();
        for (Node node : network.nodes()) {
            List<String> ports = node.ownedNodeEdgePoint().stream()
                    .filter(nep -> nep.layerProtocolName() == null || nep.layerProtocolName() == LayerProtocolName.ETH)
                    .map(NodeEdgePoint::uuid).limit(3).toList();
            if (ports.size() == 3) {
                switches.add(new Switch(node, ports));
            }
        }
        Assumptions.assumeFalse(switches.isEmpty(), "the test network has no node with three Ethernet edge points");
        Assumptions.assumeTrue(driver.capabilities().contains(Capability.VLAN_CROSS_CONNECTS),
                "the driver does not configure VLAN cross-connects");
        return switches;
    }

    private ForwardingEntry entry(Switch sw, int vlanOffset) {
        return new ForwardingEntry(service, sw.node().uuid(), sw.ports().get(0), firstTestVlan() + vlanOffset,
                sw.ports().get(1), firstTestVlan() + vlanOffset);
    }

    /** Installs through the driver and registers the clean-up (remove) for after the test. */
    private UndoRecord install(DeviceChange change) throws DriverException {
        cleanUp.add(() -> quietly(() -> driver.remove(change)));
        return driver.install(change);
    }

    private interface DriverCall {
        void run() throws DriverException;
    }

    private static void quietly(DriverCall call) {
        try {
            call.run();
        } catch (DriverException | RuntimeException e) {
            // clean-up after a failed test: the failure is already reported
        }
    }

    // discovery

    @Test
    void itsIdentityIsNamed() {
        assertNotNull(driver.info(), "info()");
        assertFalse(driver.info().id() == null || driver.info().id().isBlank(), "info().id() is blank");
    }

    @Test
    void discoveryIsStableAndEveryReferenceResolves() throws Exception {
        assertFalse(network.nodes().isEmpty(), "the driver reports no node");
        Set<String> nodes = new HashSet<>();
        Set<String> ports = new HashSet<>();
        for (Node node : network.nodes()) {
            assertTrue(nodes.add(node.uuid()), "node uuid " + node.uuid() + " is reported twice");
            for (NodeEdgePoint nep : node.ownedNodeEdgePoint()) {
                assertTrue(ports.add(node.uuid() + "/" + nep.uuid()), "edge point " + nep.uuid() + " twice");
            }
        }
        for (Link link : network.links()) {
            assertEquals(2, link.nodeEdgePoint().size(), "link " + link.uuid() + " joins two edge points");
            for (OwnedNodeEdgePointRef end : link.nodeEdgePoint()) {
                assertTrue(ports.contains(end.nodeId() + "/" + end.ownedNodeEdgePointId()), "link " + link.uuid()
                        + " ends on an edge point the driver does not report: " + end);
            }
        }
        Set<String> sips = new HashSet<>();
        network.serviceInterfacePoints().stream().map(ServiceInterfacePoint::uuid).forEach(sips::add);
        for (Node node : network.nodes()) {
            for (NodeEdgePoint nep : node.ownedNodeEdgePoint()) {
                for (ServiceInterfacePointRef sip : nep.mappedServiceInterfacePoint()) {
                    assertTrue(sips.contains(sip.serviceInterfacePointId()), "edge point " + nep.uuid()
                            + " maps SIP " + sip.serviceInterfacePointId() + " that is not reported");
                }
            }
        }
        DiscoveredNetwork again = newInstance().discover();
        assertEquals(uuids(network), uuids(again), "a second instance reports other uuids for the same network");
    }

    private static Set<String> uuids(DiscoveredNetwork network) {
        Set<String> uuids = new HashSet<>();
        network.nodes().forEach(node -> {
            uuids.add(node.uuid());
            node.ownedNodeEdgePoint().forEach(nep -> uuids.add(nep.uuid()));
        });
        network.links().forEach(link -> uuids.add(link.uuid()));
        network.serviceInterfacePoints().forEach(sip -> uuids.add(sip.uuid()));
        return uuids;
    }

    // install, read back, undo

    @Test
    void anInstalledEntryIsReadBackAndItsUndoRecordTakesItBack() throws Exception {
        Switch sw = switches().get(0);
        ForwardingEntry entry = entry(sw, 0);
        UndoRecord undo = install(entry);
        assertNotNull(undo, "install returned no undo record");
        assertEquals(entry.nodeId(), undo.nodeId(), "the undo record names another node");
        assertEquals(driver.info().id(), undo.driverId(), "the undo record names another driver");
        assertFalse(undo.isNothing(), "installing a new entry returned nothing to undo");
        assertTrue(driver.configuration(sw.node().uuid()).contains(entry), "the entry is not read back");
        driver.undo(undo);
        assertFalse(driver.configuration(sw.node().uuid()).contains(entry), "the entry is still there after undo");
        driver.undo(undo);
    }

    /**
     * For each policing capability, a policy at port 0 of the entry that needs that capability and no other (beyond
     * the direction it polices), so that each is tried whatever else the driver declares.
     */
    private static Map<String, UniPolicy> policyNeeding(Capability capability, String port) {
        BandwidthProfile committed = BandwidthProfile.committed(10_000_000);
        UniPolicy policy = switch (capability) {
            case INGRESS_POLICING -> new UniPolicy(0, committed, null);
            case TWO_RATE_POLICING -> new UniPolicy(0, new BandwidthProfile(10_000_000, 20_000, 5_000_000, 30_000,
                    false, false), null);
            case COLOUR_AWARE_POLICING -> new UniPolicy(0, new BandwidthProfile(10_000_000, 20_000, 0, 0, true,
                    false), null);
            case COUPLED_POLICING -> new UniPolicy(0, new BandwidthProfile(10_000_000, 20_000, 0, 0, false, true),
                    null);
            case EGRESS_POLICING -> new UniPolicy(0, null, committed);
            case MAX_FRAME_SIZE -> new UniPolicy(1600, null, null);
            // high priority policed, best effort unpoliced, PCP 1 and 2 in no class (discarded); egress by class
            case PCP_CLASSES -> new UniPolicy(0, null, null, List.of(new PcpClass("H", Set.of(5, 6, 7), committed),
                    new PcpClass("L", Set.of(0, 3, 4), null)), List.of(new PcpClass("all", Set.of(0, 1, 2, 3, 4, 5,
                    6, 7), committed)));
            case SOURCE_MAC_LIMIT -> UniPolicy.NONE.withSourceMacLimit(new SourceMacLimit(4, 300_000));
            // expedited forwarding policed, the rest of IPv4 and IPv6 unpoliced (frames without IP with DSCP 0)
            case DSCP_CLASSES -> UniPolicy.byDscp(List.of(new DscpClass("EF", Set.of(46), Set.of(46), committed),
                    new DscpClass("BE", allDscpBut(46), allDscpBut(46), null)), List.of());
            // green PCP 5 leaves as 3, yellow PCP 5 with its DEI cleared, yellow PCP 1 discarded
            case EGRESS_MARKING -> UniPolicy.NONE.withEgressMarking(new EgressMarking(List.of(
                    new EgressMarking.Rewrite(new EgressMarking.Priority(5, 0), new EgressMarking.Priority(3, 0)),
                    new EgressMarking.Rewrite(new EgressMarking.Priority(5, 1), new EgressMarking.Priority(5, 0)),
                    new EgressMarking.Rewrite(new EgressMarking.Priority(1, 1), null))));
            default -> null;
        };
        return policy == null ? Map.of() : Map.of(port, policy);
    }

    private static Set<Integer> allDscpBut(int dscp) {
        Set<Integer> values = new java.util.TreeSet<>();
        for (int value = 0; value < 64; value++) {
            if (value != dscp) {
                values.add(value);
            }
        }
        return values;
    }

    @Test
    void everyPolicyItDeclaresIsConfiguredAndReadBack() throws Exception {
        Switch sw = switches().get(0);
        int offset = 10;
        for (Capability capability : driver.capabilities()) {
            Map<String, UniPolicy> policies = policyNeeding(capability, sw.ports().get(0));
            if (policies.isEmpty() || !driver.capabilities().containsAll(Capability.neededFor(
                    policies.values().iterator().next()))) {
                continue;
            }
            ForwardingEntry policed = entry(sw, offset).withPolicies(policies);
            UndoRecord undo = install(policed);
            assertTrue(driver.configuration(sw.node().uuid()).contains(policed), "the driver declares "
                    + capability + ", but the entry is not read back with its policy " + policies);
            driver.undo(undo);
            assertFalse(driver.configuration(sw.node().uuid()).contains(policed));
        }
        BandwidthProfile full = new BandwidthProfile(10_000_000, 20_000, 5_000_000, 30_000, false, false);
        UniPolicy all = new UniPolicy(2000, full, full);
        if (all.enforceableWith(driver.capabilities())) {
            ForwardingEntry policed = entry(sw, offset).withPolicies(Map.of(sw.ports().get(0), all,
                    sw.ports().get(1), new UniPolicy(1600, BandwidthProfile.committed(3_000_000), null)));
            install(policed);
            assertTrue(driver.configuration(sw.node().uuid()).contains(policed), "policies at both ends of an "
                    + "entry are not read back: " + policed.policies());
        }
    }

    @Test
    void aNewPolicyIsInstalledBesideTheOldEntryWhichIsThenRemoved() throws Exception {
        Assumptions.assumeTrue(driver.capabilities().contains(Capability.INGRESS_POLICING),
                "the driver does not police");
        Switch sw = switches().get(0);
        ForwardingEntry old = entry(sw, 11).withPolicies(Map.of(sw.ports().get(0),
                UniPolicy.committed(10_000_000)));
        ForwardingEntry faster = old.withPolicies(Map.of(sw.ports().get(0), UniPolicy.committed(20_000_000)));
        install(old);
        install(faster);
        driver.remove(old);
        List<DeviceChange> now = driver.configuration(sw.node().uuid());
        assertTrue(now.contains(faster), "removing the entry with the old policy took the one with the new policy "
                + "too: Presto installs the new one beside the old, then removes the old");
        assertFalse(now.contains(old), "the entry with the old policy is still read back after its removal");
    }

    @Test
    void everyChangeIsIdempotent() throws Exception {
        Switch sw = switches().get(0);
        ForwardingEntry entry = entry(sw, 1);
        install(entry);
        UndoRecord second = driver.install(entry);
        assertTrue(second.isNothing(), "installing what the node holds must leave nothing to undo, so a rollback "
                + "does not remove what was there before");
        assertEquals(1, driver.configuration(sw.node().uuid()).stream().filter(entry::equals).count());
        driver.remove(entry);
        driver.remove(entry);
        assertFalse(driver.configuration(sw.node().uuid()).contains(entry));
    }

    @Test
    void anUndoRecordWorksInAnotherInstanceOfTheDriver() throws Exception {
        Switch sw = switches().get(0);
        ForwardingEntry entry = entry(sw, 2);
        UndoRecord undo = install(entry);
        NetworkDriver restarted = newInstance();
        assertTrue(restarted.configuration(sw.node().uuid()).contains(entry), "the configuration does not "
                + "outlive the driver instance that made it");
        restarted.undo(new UndoRecord(undo.nodeId(), undo.driverId(), undo.data()));
        assertFalse(restarted.configuration(sw.node().uuid()).contains(entry), "the journaled undo record did "
                + "not take the change back");
    }

    @Test
    void unloadingTheDriverLeavesTheNetworkConfigured() throws Exception {
        Switch sw = switches().get(0);
        ForwardingEntry entry = entry(sw, 7);
        UndoRecord undo = install(entry);
        NetworkDriver unloaded = driver;
        connected.remove(unloaded);
        release(unloaded);
        driver = newInstance();
        assertTrue(driver.configuration(sw.node().uuid()).contains(entry), "unloading the driver took the "
                + "configuration off the device: services must keep running while their driver is away");
        assertEquals(uuids(network), uuids(driver.discover()), "the driver loaded again reports other uuids");
        driver.undo(undo);
        assertFalse(driver.configuration(sw.node().uuid()).contains(entry));
    }

    @Test
    void refusalsAreClearAndChangeNothing() throws Exception {
        Switch sw = switches().get(0);
        List<DeviceChange> before = driver.configuration(sw.node().uuid());
        List<ForwardingEntry> refused = List.of(
                new ForwardingEntry(service, sw.node().uuid(), "no-such-port", firstTestVlan() + 3, sw.ports().get(1),
                        firstTestVlan() + 3),
                new ForwardingEntry(service, sw.node().uuid(), sw.ports().get(0), 4095, sw.ports().get(1),
                        firstTestVlan() + 3),
                new ForwardingEntry(service, sw.node().uuid(), sw.ports().get(0), firstTestVlan() + 3,
                        sw.ports().get(0), firstTestVlan() + 3),
                new ForwardingEntry(service, "no-such-node", sw.ports().get(0), firstTestVlan() + 3,
                        sw.ports().get(1), firstTestVlan() + 3));
        for (ForwardingEntry entry : refused) {
            cleanUp.add(() -> quietly(() -> driver.remove(entry)));
            DriverException error = assertThrows(DriverException.class, () -> driver.install(entry),
                    "accepted " + entry);
            assertTrue(error.getMessage() != null && !error.getMessage().isBlank(), "a refusal without a message");
        }
        assertEquals(before, driver.configuration(sw.node().uuid()), "a refused change changed the node");
        assertThrows(DriverException.class, () -> driver.configuration("no-such-node"),
                "reading an unknown node back must fail, not report it empty");
    }

    @Test
    void anotherServicesVlanOnAPortIsRefused() throws Exception {
        Switch sw = switches().get(0);
        install(entry(sw, 4));
        ForwardingEntry clash = new ForwardingEntry("tck-other-" + UUID.randomUUID(), sw.node().uuid(),
                sw.ports().get(0), firstTestVlan() + 4, sw.ports().get(2), firstTestVlan() + 4);
        cleanUp.add(() -> quietly(() -> driver.remove(clash)));
        assertThrows(DriverException.class, () -> driver.install(clash), "two services on one port and VLAN");
    }

    @Test
    void nodesAreConfiguredInParallel() throws Exception {
        List<Switch> switches = switches();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, switches.size()));
        try {
            List<Future<UndoRecord>> installs = new ArrayList<>();
            for (Switch sw : switches) {
                ForwardingEntry entry = entry(sw, 5);
                cleanUp.add(() -> quietly(() -> driver.remove(entry)));
                installs.add(pool.submit(() -> driver.install(entry)));
            }
            List<UndoRecord> undo = new ArrayList<>();
            for (Future<UndoRecord> install : installs) {
                undo.add(install.get());
            }
            for (Switch sw : switches) {
                assertTrue(driver.configuration(sw.node().uuid()).contains(entry(sw, 5)), sw.node().uuid());
            }
            List<Future<?>> undos = new ArrayList<>();
            for (UndoRecord record : undo) {
                undos.add(pool.submit(() -> {
                    driver.undo(record);
                    return null;
                }));
            }
            for (Future<?> done : undos) {
                done.get();
            }
            for (Switch sw : switches) {
                assertFalse(driver.configuration(sw.node().uuid()).contains(entry(sw, 5)), sw.node().uuid());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // bridges

    @Test
    void bridgesKeepTheirMembersAndRolesAndAreTakenBack() throws Exception {
        Assumptions.assumeTrue(driver.capabilities().contains(Capability.BRIDGING), "the driver does not bridge");
        Switch sw = switches().get(0);
        int vlan = firstTestVlan() + 6;
        Map<String, UniPolicy> policed = driver.capabilities().contains(Capability.INGRESS_POLICING)
                ? Map.of(sw.ports().get(0), UniPolicy.committed(30_000_000)) : Map.of();
        BridgeEntry lan = new BridgeEntry(service, sw.node().uuid(), List.of(
                new BridgeEntry.Member(sw.ports().get(0), vlan), new BridgeEntry.Member(sw.ports().get(1), vlan),
                new BridgeEntry.Member(sw.ports().get(2), vlan)), policed);
        BridgeEntry tree = new BridgeEntry(service + "-tree", sw.node().uuid(), List.of(
                new BridgeEntry.Member(sw.ports().get(0), vlan + 1, BridgeEntry.Role.ROOT, 0),
                new BridgeEntry.Member(sw.ports().get(1), vlan + 1, BridgeEntry.Role.LEAF, 0),
                new BridgeEntry.Member(sw.ports().get(2), vlan + 2, BridgeEntry.Role.TRUNK, vlan + 3)));
        List<BridgeEntry> bridges = driver.capabilities().contains(Capability.ROOTED_BRIDGING) ? List.of(lan, tree)
                : List.of(lan);
        for (BridgeEntry bridge : bridges) {
            cleanUp.add(() -> quietly(() -> driver.remove(bridge)));
            UndoRecord undo = driver.install(bridge);
            assertFalse(undo.isNothing());
            assertTrue(driver.install(bridge).isNothing(), "installing a bridge twice");
            assertTrue(readBack(bridge), "the bridge is not read back with its members and roles: " + bridge);
            driver.undo(undo);
            assertFalse(readBack(bridge), "the bridge is still there after undo");
        }
    }

    private boolean readBack(BridgeEntry bridge) throws DriverException {
        return driver.configuration(bridge.nodeId()).contains(bridge);
    }

    // capabilities not declared

    /**
     * A change of each kind the driver does not declare the capability for, on a switch: a bridge, an E-Tree bridge,
     * a media channel.
     */
    private List<DeviceChange> undeclared(Switch sw) {
        int vlan = firstTestVlan() + 9;
        List<DeviceChange> changes = new ArrayList<>();
        changes.add(new BridgeEntry(service, sw.node().uuid(), List.of(new BridgeEntry.Member(sw.ports().get(0),
                vlan), new BridgeEntry.Member(sw.ports().get(1), vlan))));
        changes.add(new BridgeEntry(service, sw.node().uuid(), List.of(new BridgeEntry.Member(sw.ports().get(0),
                vlan, BridgeEntry.Role.ROOT, 0), new BridgeEntry.Member(sw.ports().get(1), vlan,
                BridgeEntry.Role.LEAF, 0))));
        changes.add(new MediaChannelEntry(service, sw.node().uuid(), sw.ports().get(0), sw.ports().get(1),
                193_100_000, 193_150_000));
        return changes.stream().filter(change -> !driver.capabilities().containsAll(change.needs())).toList();
    }

    @Test
    void whatItDoesNotDeclareIsRefusedAndChangesNothing() throws Exception {
        Switch sw = switches().get(0);
        List<DeviceChange> undeclared = undeclared(sw);
        Assumptions.assumeFalse(undeclared.isEmpty(), "the driver declares every kind of change");
        List<DeviceChange> before = driver.configuration(sw.node().uuid());
        for (DeviceChange change : undeclared) {
            cleanUp.add(() -> quietly(() -> driver.remove(change)));
            DriverException error = assertThrows(DriverException.class, () -> driver.install(change), "the driver "
                    + "does not declare " + change.needs() + " but accepted " + change);
            assertTrue(error.getMessage() != null && !error.getMessage().isBlank(), "a refusal without a message");
        }
        assertEquals(before, driver.configuration(sw.node().uuid()), "a refused change changed the node");
    }
}
