package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.presto.spi.DeviceChange;
import org.presto.store.ServiceRecord;

/**
 * The device_change table: what each service has on the devices, of every kind, in installation order, and while an
 * update runs what it had before ({@code before_update}), each change as JSON ({@link DeviceChangeJson}).
 */
final class DeviceChangeDao extends ServiceRowsDao<DeviceChangeDao.Row> {

    /** One row: a change, and whether it is what the service had before the update under way. */
    record Row(boolean beforeUpdate, DeviceChange change) {
    }

    private final DeviceChangeJson json = new DeviceChangeJson();

    DeviceChangeDao() {
        super("device_change", "before_update", "node_id", "kind", "body");
    }

    /** A record's changes as rows: its current changes first, then those it had before an update under way. */
    static List<Row> rows(ServiceRecord record) {
        List<Row> rows = new ArrayList<>();
        record.changes().forEach(change -> rows.add(new Row(false, change)));
        record.prior().forEach(change -> rows.add(new Row(true, change)));
        return rows;
    }

    /** The changes of the rows, current ({@code beforeUpdate} false) or prior (true), in order. */
    static List<DeviceChange> changes(List<Row> rows, boolean beforeUpdate) {
        return rows.stream().filter(row -> row.beforeUpdate() == beforeUpdate).map(Row::change).toList();
    }

    @Override
    void bind(PreparedStatement statement, int first, Row row) throws SQLException {
        statement.setBoolean(first, row.beforeUpdate());
        statement.setString(first + 1, row.change().nodeId());
        statement.setString(first + 2, json.kind(row.change()));
        statement.setString(first + 3, json.write(row.change()));
    }

    @Override
    Row row(String serviceUuid, ResultSet rs, int first) throws SQLException {
        return new Row(rs.getBoolean(first), json.read(rs.getString(first + 2), rs.getString(first + 3)));
    }
}
