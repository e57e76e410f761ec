package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.presto.spi.BridgeEntry;

/** The bridge_entry table: the bridge domains a multipoint service has on its nodes, in order. */
final class BridgeEntryDao extends ServiceRowsDao<BridgeEntry> {
    BridgeEntryDao() {
        super("bridge_entry", "node_id", "members", "policies");
    }

    @Override
    void bind(PreparedStatement statement, int first, BridgeEntry bridge) throws SQLException {
        statement.setString(first, bridge.nodeId());
        statement.setString(first + 1, BridgeMembers.write(bridge));
        statement.setString(first + 2, PolicyColumn.write(bridge.policies()));
    }

    @Override
    BridgeEntry row(String serviceUuid, ResultSet rs, int first) throws SQLException {
        return BridgeMembers.read(serviceUuid, rs.getString(first), rs.getString(first + 1),
                PolicyColumn.read(rs.getString(first + 2)));
    }
}
