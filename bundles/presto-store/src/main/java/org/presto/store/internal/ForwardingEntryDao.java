package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.presto.spi.ForwardingEntry;

/** The forwarding_entry table: the VLAN cross-connects a point-to-point service has on its nodes, in order. */
final class ForwardingEntryDao extends ServiceRowsDao<ForwardingEntry> {
    ForwardingEntryDao() {
        super("forwarding_entry", "node_id", "port_a", "vlan_a", "port_b", "vlan_b", "policies");
    }

    @Override
    void bind(PreparedStatement statement, int first, ForwardingEntry entry) throws SQLException {
        statement.setString(first, entry.nodeId());
        statement.setString(first + 1, entry.portA());
        statement.setInt(first + 2, entry.vlanA());
        statement.setString(first + 3, entry.portB());
        statement.setInt(first + 4, entry.vlanB());
        statement.setString(first + 5, PolicyColumn.write(entry.policies()));
    }

    @Override
    ForwardingEntry row(String serviceUuid, ResultSet rs, int first) throws SQLException {
        return new ForwardingEntry(serviceUuid, rs.getString(first), rs.getString(first + 1), rs.getInt(first + 2),
                rs.getString(first + 3), rs.getInt(first + 4), PolicyColumn.read(rs.getString(first + 5)));
    }
}
