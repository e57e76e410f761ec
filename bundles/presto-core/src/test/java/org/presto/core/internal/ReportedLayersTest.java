package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presto.core.internal.inventory.ReportedLayers;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.LinkBuilder;
import org.presto.model.Node;
import org.presto.model.NodeBuilder;
import org.presto.model.NodeEdgePoint;
import org.presto.model.NodeEdgePointBuilder;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointBuilder;
import org.presto.model.ServiceInterfacePointRef;

/** Nodes and links reported without layers,
        as ONOS's ODTN serves them, get those the network says; others keep theirs. */
class ReportedLayersTest {
    private static final LayerProtocolName PHOTONIC = LayerProtocolName.OTSiA;

    @Test
    void aNodeWithoutLayersHasItsEdgePointsOrElseItsSipsLayers() {
        Map<String, ServiceInterfacePoint> sips = Map.of("line", sip("line", PHOTONIC), "client",
                sip("client", LayerProtocolName.DSR));
        Node transponder = node("t1", null, nep("t1-line", null, "line"), nep("t1-client", null, "client"));
        Node switched = node("s1", null, nep("s1-port", LayerProtocolName.ETH, null));
        Node stated = node("r1", List.of(PHOTONIC), nep("r1-port", null, null));
        Node bare = node("x1", null, nep("x1-port", null, "unknown"));
        List<Node> layered = ReportedLayers.ofNodes(List.of(transponder, switched, stated, bare), sips);
        assertEquals(List.of(List.of(PHOTONIC, LayerProtocolName.DSR), List.of(LayerProtocolName.ETH),
                List.of(PHOTONIC), List.of()), layered.stream().map(Node::layerProtocolName).toList());

        Link line = link("t1-line", "r1-port");
        Link mixed = link("t1-client", "s1-port");
        Link given = link("t1-line", "r1-port").withLayerProtocolName(List.of(LayerProtocolName.ODU));
        assertEquals(List.of(List.of(PHOTONIC), List.of(PHOTONIC, LayerProtocolName.DSR, LayerProtocolName.ETH),
                        List.of(LayerProtocolName.ODU)),
                ReportedLayers.ofLinks(List.of(line, mixed, given), layered).stream().map(Link::layerProtocolName)
                        .toList(), "shared layers, else all of the ends'; a stated one stays");
    }

    private static ServiceInterfacePoint sip(String uuid, LayerProtocolName layer) {
        return ServiceInterfacePointBuilder.builder().uuid(uuid).layerProtocolName(List.of(layer)).build();
    }

    private static NodeEdgePoint nep(String uuid, LayerProtocolName layer, String sip) {
        return NodeEdgePointBuilder.builder().uuid(uuid).layerProtocolName(layer).mappedServiceInterfacePoint(
                sip == null ? List.of() : List.of(new ServiceInterfacePointRef(sip))).build();
    }

    private static Node node(String uuid, List<LayerProtocolName> layers, NodeEdgePoint... neps) {
        return NodeBuilder.builder().uuid(uuid).layerProtocolName(layers).ownedNodeEdgePoint(List.of(neps)).build();
    }

    private static Link link(String a, String b) {
        return LinkBuilder.builder().uuid(a + "~" + b).nodeEdgePoint(List.of(new OwnedNodeEdgePointRef(null, null, a),
                new OwnedNodeEdgePointRef(null, null, b))).build();
    }
}
