package org.presto.api.internal;

import java.util.Collections;
import java.util.List;
import org.presto.model.Context;
import org.presto.model.CostCharacteristic;
import org.presto.model.LatencyCharacteristic;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.Node;
import org.presto.model.RiskCharacteristic;
import org.presto.model.Topology;
import org.presto.model.ValidationMechanism;
import org.presto.pce.PathComputer;

/**
 * The characteristics the NRP API's YANG requires of every node and link (tapi-topology 2018-03-07: at least one cost
 * and latency characteristic per node and link; risk, validation mechanism and two transitioned layers per link),
 * stated as Presto treats them where a driver reports none: crossing a node costs nothing and takes no time (routes
 * are costed and timed by their links), a link costs one hop and takes a microsecond (path computation's own defaults,
 * which it exports),
 * is its own shared risk, and its adjacency is as its driver reported it. Only the
 * API states them: the model keeps what drivers and imported files say, so that an export gives back what was
 * imported.
 */
final class TopologyCharacteristics {
    private TopologyCharacteristics() {
    }

    static Node complete(Node node) {
        if (!node.costCharacteristic().isEmpty() && !node.latencyCharacteristic().isEmpty()) {
            return node;
        }
        return node.with(n -> {
            if (node.costCharacteristic().isEmpty()) {
                n.costCharacteristic(List.of(new CostCharacteristic("traversal", "0",
                        "routes are costed by their links; crossing a node adds nothing")));
            }
            if (node.latencyCharacteristic().isEmpty()) {
                n.latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(0)));
            }
        });
    }

    static Context complete(Context context) {
        return context.withTopology(context.topology().stream().map(TopologyCharacteristics::complete).toList());
    }

    static Topology complete(Topology topology) {
        return topology.with(t -> t.node(topology.node().stream().map(TopologyCharacteristics::complete).toList())
                .link(topology.link().stream().map(TopologyCharacteristics::complete).toList()));
    }

    static Link complete(Link link) {
        if (!link.riskCharacteristic().isEmpty() && !link.validationMechanism().isEmpty()
                && link.transitionedLayerProtocolName().size() >= 2 && !link.costCharacteristic().isEmpty()
                && !link.latencyCharacteristic().isEmpty()) {
            return link;
        }
        String layer = link.layerProtocolName().isEmpty() ? LayerProtocolName.ETH.name()
                : link.layerProtocolName().get(0).name();
        return link.with(l -> {
            if (link.riskCharacteristic().isEmpty()) {
                l.riskCharacteristic(List.of(new RiskCharacteristic("link", List.of(link.uuid()))));
            }
            if (link.validationMechanism().isEmpty()) {
                l.validationMechanism(List.of(new ValidationMechanism(layer, "reported by its driver",
                        "as the driver's discovery")));
            }
            if (link.costCharacteristic().isEmpty()) {
                l.costCharacteristic(List.of(new CostCharacteristic("hop",
                        Long.toString(PathComputer.DEFAULT_LINK_COST),
                        "a link that states no cost counts as one hop in path computation")));
            }
            if (link.latencyCharacteristic().isEmpty()) {
                // as path computation counts it: every link takes some time
                l.latencyCharacteristic(List.of(LatencyCharacteristic.fixedMicros(
                        PathComputer.DEFAULT_LINK_LATENCY_MICROS)));
            }
            if (link.transitionedLayerProtocolName().size() < 2) {
                // the layer at each of its two ends, in the order of its end points: no transition
                l.transitionedLayerProtocolName(Collections.nCopies(2, layer));
            }
        });
    }
}
