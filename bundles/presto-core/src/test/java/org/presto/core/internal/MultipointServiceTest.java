package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LifecycleState;
import org.presto.model.PortRole;
import org.presto.model.ServiceType;
import org.presto.spi.BridgeEntry;

/** E-LAN and E-Tree services over the demo network, checked by where their frames go. */
class MultipointServiceTest {
    @TempDir
    Path dir;

    private DemoNetworkFixture net;

    @BeforeEach
    void wire() throws Exception {
        net = new DemoNetworkFixture(dir);
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ConnectivityRequest request(ServiceType type, ConnectivityServiceEndPoint... endPoints) {
        return new ConnectivityRequest(null, List.of(endPoints), type, null, null);
    }

    private BridgedFrames frames() throws Exception {
        return new BridgedFrames(net.bridgesOnDevices(), net.inventory.topology().link());
    }

    @Test
    void anETreeKeepsItsLeavesApartOnEverySwitch() throws Exception {
        ConnectivityService tree = net.connectivity.create(request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe1-uni-2", 101, PortRole.LEAF),
                net.endPoint("pe3-uni-1", 300, PortRole.LEAF), net.endPoint("pe5-uni-1", 500, PortRole.LEAF),
                net.endPoint("pe4-uni-1", 400, PortRole.ROOT)));
        assertEquals(LifecycleState.INSTALLED, tree.lifecycleState());
        assertEquals(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY, tree.serviceType());
        assertEquals(List.of(PortRole.ROOT, PortRole.LEAF, PortRole.LEAF, PortRole.LEAF, PortRole.ROOT),
                tree.endPoint().stream().map(ConnectivityServiceEndPoint::role).toList(), "the roles are kept");
        List<BridgeEntry> bridges = net.bridgesOnDevices();
        assertTrue(bridges.stream().allMatch(BridgeEntry::rooted));
        Set<Integer> trunkVlans = new java.util.HashSet<>();
        bridges.forEach(b -> b.members().stream().filter(m -> m.role() == BridgeEntry.Role.TRUNK)
                .forEach(m -> trunkVlans.add(m.vlan() * 10_000 + m.leafVlan())));
        assertEquals(Set.of(2 * 10_000 + 3), trunkVlans, "every trunk: service VLAN 2, leaf VLAN 3");

        String root1 = net.nep("pe1-uni-1");
        String leaf1 = net.nep("pe1-uni-2");
        String leaf3 = net.nep("pe3-uni-1");
        String leaf5 = net.nep("pe5-uni-1");
        String root4 = net.nep("pe4-uni-1");
        BridgedFrames frames = frames();
        assertEquals(Set.of(leaf1, leaf3, leaf5, root4), frames.reached(root1, 100), "a root reaches everyone");
        assertEquals(Set.of(root1, leaf1, leaf3, leaf5), frames.reached(root4, 400));
        assertEquals(Set.of(root1, root4), frames.reached(leaf1, 101), "a leaf reaches the roots only, even the "
                + "leaf on its own switch is not reached");
        assertEquals(Set.of(root1, root4), frames.reached(leaf3, 300));
        assertEquals(Set.of(root1, root4), frames.reached(leaf5, 500));
        assertEquals(Set.of(), frames.reached(leaf5, 501), "another CE-VLAN is not the service's");

        ConnectivityService line = net.connectivity.create(request(null, net.endPoint("pe2-uni-1", 7, null),
                net.endPoint("pe4-uni-2", 7, null)));
        for (org.presto.spi.ForwardingEntry entry : net.store.service(line.uuid()).orElseThrow().forwardingEntries()) {
            for (BridgeEntry bridge : bridges) {
                assertTrue(bridge.members().stream().noneMatch(m -> m.port().equals(entry.portA())
                        && m.uses(entry.vlanA()) || m.port().equals(entry.portB()) && m.uses(entry.vlanB())),
                        "an E-Line beside the tree uses neither of its VLANs on a shared trunk: " + entry);
            }
        }
        net.connectivity.delete(line.uuid());
        net.connectivity.delete(tree.uuid());
        assertEquals(List.of(), net.bridgesOnDevices());
    }

    @Test
    void anELanReachesEveryEndPoint() throws Exception {
        net.connectivity.create(request(ServiceType.MULTIPOINT_CONNECTIVITY, net.endPoint("pe1-uni-1", 100, null),
                net.endPoint("pe3-uni-1", 300, PortRole.SYMMETRIC), net.endPoint("pe5-uni-1", 500, null)));
        BridgedFrames frames = frames();
        assertEquals(Set.of(net.nep("pe3-uni-1"), net.nep("pe5-uni-1")), frames.reached(net.nep("pe1-uni-1"), 100));
        assertEquals(Set.of(net.nep("pe1-uni-1"), net.nep("pe3-uni-1")), frames.reached(net.nep("pe5-uni-1"), 500));
    }

    @Test
    void refusesAnETreeWithoutRootsOrWithSymmetricEndPoints() {
        assertInvalid("/input/end-point", request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.LEAF), net.endPoint("pe3-uni-1", 300, PortRole.LEAF)));
        assertInvalid("/input/end-point[1]/role", request(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe3-uni-1", 300, PortRole.SYMMETRIC)));
        assertInvalid("/input/end-point[0]/role", request(ServiceType.MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 100, PortRole.ROOT), net.endPoint("pe3-uni-1", 300, null)));
        assertEquals(List.of(), net.connectivity.services());
    }

    private void assertInvalid(String path, ConnectivityRequest request) {
        PrestoException refused = assertThrows(PrestoException.class, () -> net.connectivity.create(request));
        assertEquals(Reason.INVALID_INPUT, refused.reason(), refused.getMessage());
        assertEquals(path, refused.path());
    }
}
