package org.presto.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.presto.spi.BridgeEntry;
import org.presto.spi.UniPolicy;

/**
 * A bridge's members as the members column keeps them: "port=vlan" for a root, "port=vlan:LEAF" for a leaf,
 * "port=vlan:TRUNK:leafVlan" for an E-Tree trunk, separated by commas (node edge point uuids hold neither ',' nor
 * '=').
 */
final class BridgeMembers {
    private BridgeMembers() {
    }

    static String write(BridgeEntry bridge) {
        return bridge.members().stream().map(BridgeMembers::member).collect(Collectors.joining(","));
    }

    private static String member(BridgeEntry.Member m) {
        return m.port() + "=" + m.vlan() + switch (m.role()) {
            case ROOT -> "";
            case LEAF -> ":LEAF";
            case TRUNK -> ":TRUNK:" + m.leafVlan();
        };
    }

    static BridgeEntry read(String serviceUuid, String nodeId, String members, Map<String, UniPolicy> policies) {
        List<BridgeEntry.Member> parsed = new ArrayList<>();
        for (String member : members.split(",")) {
            int equals = member.lastIndexOf('=');
            String[] fields = member.substring(equals + 1).split(":");
            BridgeEntry.Role role = fields.length > 1 ? BridgeEntry.Role.valueOf(fields[1]) : BridgeEntry.Role.ROOT;
            parsed.add(new BridgeEntry.Member(member.substring(0, equals), Integer.parseInt(fields[0]), role,
                    fields.length > 2 ? Integer.parseInt(fields[2]) : 0));
        }
        return new BridgeEntry(serviceUuid, nodeId, parsed, policies);
    }
}
