package org.presto.driver.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.spi.DiscoveredNetwork;

/** The invariants every discovered network must hold, whatever it was loaded from. */
public final class NetworkAssertions {
    private NetworkAssertions() {
    }

    public static void assertConsistent(DiscoveredNetwork network, int edgePortsPerNode) {
        assertFalse(network.nodes().isEmpty(), "no nodes");
        Set<String> uuids = new HashSet<>();
        Map<String, String> nodeOfPort = new HashMap<>();
        Set<String> sipUuids = new HashSet<>();
        for (ServiceInterfacePoint sip : network.serviceInterfacePoints()) {
            assertTrue(uuids.add(sip.uuid()), "duplicate uuid " + sip.uuid());
            sipUuids.add(sip.uuid());
        }
        Set<String> mappedSips = new HashSet<>();
        Set<String> trunkPorts = new HashSet<>();
        for (Node node : network.nodes()) {
            assertTrue(uuids.add(node.uuid()), "duplicate uuid " + node.uuid());
            int edgePorts = 0;
            for (NodeEdgePoint nep : node.ownedNodeEdgePoint()) {
                assertTrue(uuids.add(nep.uuid()), "duplicate uuid " + nep.uuid());
                nodeOfPort.put(nep.uuid(), node.uuid());
                if (nep.mappedServiceInterfacePoint().isEmpty()) {
                    trunkPorts.add(nep.uuid());
                } else {
                    edgePorts++;
                    assertEquals(1, nep.mappedServiceInterfacePoint().size());
                    String sip = nep.mappedServiceInterfacePoint().get(0).serviceInterfacePointId();
                    assertTrue(sipUuids.contains(sip), "NEP maps to unknown SIP " + sip);
                    assertTrue(mappedSips.add(sip), "SIP " + sip + " mapped by two NEPs");
                }
            }
            assertEquals(edgePortsPerNode, edgePorts, "edge ports of " + node.name());
        }
        assertEquals(sipUuids, mappedSips, "every SIP is mapped by exactly one NEP");
        Set<String> linkedPorts = new HashSet<>();
        for (Link link : network.links()) {
            assertTrue(uuids.add(link.uuid()), "duplicate uuid " + link.uuid());
            List<OwnedNodeEdgePointRef> ends = link.nodeEdgePoint();
            assertEquals(2, ends.size());
            for (OwnedNodeEdgePointRef end : ends) {
                assertNull(end.topologyId(), "the topology id is Presto's to fill in");
                assertNotNull(end.nodeId());
                assertEquals(end.nodeId(), nodeOfPort.get(end.ownedNodeEdgePointId()),
                        "link " + link.name() + " end is not a port of the node it names");
                assertTrue(trunkPorts.contains(end.ownedNodeEdgePointId()), "link ends on an edge port");
                assertTrue(linkedPorts.add(end.ownedNodeEdgePointId()), "trunk port used by two links");
            }
            assertNotEquals(ends.get(0).nodeId(), ends.get(1).nodeId(), "self-loop link");
        }
        assertEquals(trunkPorts, linkedPorts, "every trunk port carries exactly one link");
    }
}
