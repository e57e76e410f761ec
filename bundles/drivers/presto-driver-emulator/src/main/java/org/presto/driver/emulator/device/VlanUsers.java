package org.presto.driver.emulator.device;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;

/**
 * The services using each VLAN on each port of each node, counted per item (one service may have several items on a
 * port and VLAN while it moves), kept as items are added and removed under the table's lock.
 */
final class VlanUsers {
    /** node, port and VLAN to the services using them, each with its count of items. */
    private final Map<String, TreeMap<String, Integer>> users = new HashMap<>();

    void change(DeviceChange item, boolean add) {
        for (String key : keys(item)) {
            if (add) {
                users.computeIfAbsent(key, k -> new TreeMap<>()).merge(item.serviceId(), 1, Integer::sum);
            } else {
                users.computeIfPresent(key, (k, services) -> {
                    services.computeIfPresent(item.serviceId(), (service, count) -> count == 1 ? null : count - 1);
                    return services.isEmpty() ? null : services;
                });
            }
        }
    }

    /** The first (by id) service other than this one that uses the VLAN on the port, if any. */
    Optional<String> otherUser(String nodeId, String port, int vlan, String serviceId) {
        TreeMap<String, Integer> services = users.get(key(nodeId, port, vlan));
        if (services == null) {
            return Optional.empty();
        }
        return services.keySet().stream().filter(service -> !service.equals(serviceId)).findFirst();
    }

    private static List<String> keys(DeviceChange item) {
        List<String> keys = new ArrayList<>();
        if (item instanceof ForwardingEntry entry) {
            keys.add(key(entry.nodeId(), entry.portA(), entry.vlanA()));
            keys.add(key(entry.nodeId(), entry.portB(), entry.vlanB()));
        } else if (item instanceof BridgeEntry bridge) {
            for (BridgeEntry.Member member : bridge.members()) {
                keys.add(key(bridge.nodeId(), member.port(), member.vlan()));
                if (member.leafVlan() != 0) {
                    keys.add(key(bridge.nodeId(), member.port(), member.leafVlan()));
                }
            }
        }
        // an entry whose two ends are one port and VLAN is one use of it
        return keys.stream().distinct().toList();
    }

    private static String key(String nodeId, String port, int vlan) {
        return nodeId + '\n' + port + '\n' + vlan;
    }
}
