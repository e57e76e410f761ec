package org.presto.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;
import org.presto.store.StoreException;

/**
 * Schema version 13: copies what services have on the devices from the layout of versions 1 to 11 (a table per kind
 * of change, policies and bridge members in formats of their own, prior configuration as pipe-separated text in three
 * columns of connectivity_service) into device_change, in the order the old store read them back: forwarding
 * entries, media channels, bridges; current changes, then prior ones. It can run again after a partial run (H2 commits
 * DDL implicitly): it starts by emptying device_change, which nothing else has written before this version.
 */
final class OldLayoutMigration {
    static final String NAME = "V0013__device_changes_from_tables_per_kind";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OldLayoutMigration() {
    }

    static void apply(Connection db) throws SQLException {
        Map<String, List<DeviceChangeDao.Row>> rows = new LinkedHashMap<>();
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM device_change");
            try (ResultSet rs = statement.executeQuery("SELECT service_uuid, node_id, port_a, vlan_a, port_b, vlan_b,"
                    + " policies FROM forwarding_entry ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    add(rows, false, new ForwardingEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getString(5), rs.getInt(6), policies(rs.getString(7))));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT service_uuid, node_id, port_a, port_b, "
                    + "lower_frequency_mhz, upper_frequency_mhz FROM media_channel ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    add(rows, false, new MediaChannelEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getLong(6)));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT service_uuid, node_id, members, policies "
                    + "FROM bridge_entry ORDER BY service_uuid, seq")) {
                while (rs.next()) {
                    add(rows, false, bridge(rs.getString(1), rs.getString(2), rs.getString(3),
                            policies(rs.getString(4))));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT uuid, prior_entries, prior_channels, prior_bridges "
                    + "FROM connectivity_service ORDER BY uuid")) {
                while (rs.next()) {
                    prior(rows, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
        DeviceChangeDao changes = new DeviceChangeDao();
        for (Map.Entry<String, List<DeviceChangeDao.Row>> service : rows.entrySet()) {
            changes.insert(db, service.getKey(), service.getValue());
        }
    }

    private static void add(Map<String, List<DeviceChangeDao.Row>> rows, boolean prior,
                            org.presto.spi.DeviceChange change) {
        rows.computeIfAbsent(change.serviceId(), k -> new ArrayList<>()).add(new DeviceChangeDao.Row(prior, change));
    }

    /** Entries "node|port-a|vlan-a|port-b|vlan-b|policies", channels "node|port-a|port-b|lower|upper", bridges
     * "node|members|policies", each list separated by ';'. */
    private static void prior(Map<String, List<DeviceChangeDao.Row>> rows, String uuid, String entries,
                              String channels, String bridges) {
        for (String entry : items(entries)) {
            String[] f = entry.split("\\|");
            add(rows, true, new ForwardingEntry(uuid, f[0], f[1], Integer.parseInt(f[2]), f[3],
                    Integer.parseInt(f[4]), f.length > 5 ? policies(f[5]) : Map.of()));
        }
        for (String channel : items(channels)) {
            String[] f = channel.split("\\|");
            add(rows, true, new MediaChannelEntry(uuid, f[0], f[1], f[2], Long.parseLong(f[3]),
                    Long.parseLong(f[4])));
        }
        for (String bridge : items(bridges)) {
            String[] f = bridge.split("\\|");
            add(rows, true, bridge(uuid, f[0], f[1], f.length > 2 ? policies(f[2]) : Map.of()));
        }
    }

    private static List<String> items(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(";"));
    }

    /** Members "port=vlan" (root), "port=vlan:LEAF" or "port=vlan:TRUNK:leafVlan", separated by commas. */
    private static BridgeEntry bridge(String serviceUuid, String nodeId, String members,
                                      Map<String, UniPolicy> policies) {
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

    /**
     * The policies column of V0011: {@code {"<port>": {"max-frame-bytes": ..., "ingress": {"cir": ..., "cbs": ...,
     * "eir": ..., "ebs": ..., "colour-aware": ..., "coupled": ...}, "egress": ..., "ingress-classes": [{"name": ...,
     * "pcp": [...], "profile": ...}], "egress-classes": ..., "source-mac-limit": {"addresses": ..., "aging-ms":
     * ...}}}}; none for NULL, and for the bare rates V0010 wrote, which were never read.
     */
    private static Map<String, UniPolicy> policies(String text) {
        if (text == null || !text.startsWith("{")) {
            return Map.of();
        }
        try {
            Map<String, UniPolicy> policies = new LinkedHashMap<>();
            JSON.readTree(text).properties().forEach(port -> {
                JsonNode node = port.getValue();
                JsonNode limit = node.get("source-mac-limit");
                policies.put(port.getKey(), new UniPolicy(node.path("max-frame-bytes").asInt(0),
                        profile(node.get("ingress")), profile(node.get("egress")),
                        classes(node.get("ingress-classes")), classes(node.get("egress-classes")),
                        limit == null ? null : new SourceMacLimit(limit.path("addresses").asInt(),
                                limit.path("aging-ms").asLong())));
            });
            return policies;
        } catch (JsonProcessingException e) {
            throw new StoreException("stored policies are not JSON: " + text, e);
        }
    }

    private static List<PcpClass> classes(JsonNode list) {
        List<PcpClass> classes = new ArrayList<>();
        if (list != null) {
            for (JsonNode node : list) {
                Set<Integer> pcps = new TreeSet<>();
                node.path("pcp").forEach(pcp -> pcps.add(pcp.asInt()));
                classes.add(new PcpClass(node.path("name").asText(), pcps, profile(node.get("profile"))));
            }
        }
        return classes;
    }

    private static BandwidthProfile profile(JsonNode node) {
        return node == null ? null : new BandwidthProfile(node.path("cir").asLong(), node.path("cbs").asLong(),
                node.path("eir").asLong(), node.path("ebs").asLong(), node.path("colour-aware").asBoolean(),
                node.path("coupled").asBoolean());
    }
}
