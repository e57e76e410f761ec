package org.presto.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.presto.model.AdministrativeState;

/** The sip_setting table: the administrative state set on a service interface point, Presto's own decision. */
final class SipSettingDao {
    void put(Connection db, String sipUuid, AdministrativeState state) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM sip_setting WHERE sip_uuid = ?")) {
            delete.setString(1, sipUuid);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO sip_setting (sip_uuid, administrative_state) VALUES (?, ?)")) {
            insert.setString(1, sipUuid);
            insert.setString(2, state.name());
            insert.executeUpdate();
        }
    }

    Map<String, AdministrativeState> all(Connection db) throws SQLException {
        Map<String, AdministrativeState> states = new HashMap<>();
        try (Statement select = db.createStatement(); ResultSet rs = select.executeQuery(
                "SELECT sip_uuid, administrative_state FROM sip_setting")) {
            while (rs.next()) {
                states.put(rs.getString(1), AdministrativeState.valueOf(rs.getString(2)));
            }
        }
        return Map.copyOf(states);
    }
}
