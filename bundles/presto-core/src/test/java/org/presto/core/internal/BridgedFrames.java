package org.presto.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.model.Link;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.spi.BridgeEntry;
import org.presto.spi.BridgeEntry.Member;
import org.presto.spi.BridgeEntry.Role;

/**
 * Where a broadcast frame goes through a service's bridges as {@link BridgeEntry} defines forwarding: a test oracle
 * that follows a frame from a customer port over trunks and links, so that tests check what a service does, not
 * only what it configures.
 */
final class BridgedFrames {
    private record Arrival(String port, int vlan) {
    }

    private final Map<String, BridgeEntry> bridgeByPort = new HashMap<>();
    private final Map<String, String> peerPort = new HashMap<>();

    BridgedFrames(List<BridgeEntry> bridges, List<Link> links) {
        for (BridgeEntry bridge : bridges) {
            bridge.members().forEach(member -> bridgeByPort.put(member.port(), bridge));
        }
        for (Link link : links) {
            List<OwnedNodeEdgePointRef> ends = link.nodeEdgePoint();
            peerPort.put(ends.get(0).ownedNodeEdgePointId(), ends.get(1).ownedNodeEdgePointId());
            peerPort.put(ends.get(1).ownedNodeEdgePointId(), ends.get(0).ownedNodeEdgePointId());
        }
    }

    /** The customer (non-trunk) ports a broadcast frame entering on this customer port and VLAN leaves by. */
    Set<String> reached(String port, int vlan) {
        Set<String> reached = new HashSet<>();
        Set<Arrival> seen = new HashSet<>();
        Deque<Arrival> frames = new ArrayDeque<>(List.of(new Arrival(port, vlan)));
        while (!frames.isEmpty()) {
            Arrival in = frames.pop();
            BridgeEntry bridge = bridgeByPort.get(in.port());
            if (!seen.add(in) || bridge == null) {
                continue;
            }
            Member entry = bridge.members().stream().filter(m -> m.port().equals(in.port())).findFirst().orElseThrow();
            boolean fromLeaf;
            if (entry.role() == Role.TRUNK) {
                if (in.vlan() != entry.vlan() && in.vlan() != entry.leafVlan()) {
                    continue;
                }
                fromLeaf = in.vlan() == entry.leafVlan();
            } else if (in.vlan() == entry.vlan()) {
                fromLeaf = entry.role() == Role.LEAF;
            } else {
                continue;
            }
            for (Member out : bridge.members()) {
                if (out == entry || fromLeaf && out.role() == Role.LEAF) {
                    continue;
                }
                boolean trunk = peerPort.containsKey(out.port());
                if (!trunk) {
                    reached.add(out.port());
                } else {
                    frames.push(new Arrival(peerPort.get(out.port()), fromLeaf && out.role() == Role.TRUNK
                            ? out.leafVlan() : out.vlan()));
                }
            }
        }
        return reached;
    }
}
