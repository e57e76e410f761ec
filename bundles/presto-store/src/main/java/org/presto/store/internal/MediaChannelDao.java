package org.presto.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.presto.spi.MediaChannelEntry;

/** The media_channel table: the spectrum a photonic service has switched on its ROADMs, in order. */
final class MediaChannelDao extends ServiceRowsDao<MediaChannelEntry> {
    MediaChannelDao() {
        super("media_channel", "node_id", "port_a", "port_b", "lower_frequency_mhz", "upper_frequency_mhz");
    }

    @Override
    void bind(PreparedStatement statement, int first, MediaChannelEntry channel) throws SQLException {
        statement.setString(first, channel.nodeId());
        statement.setString(first + 1, channel.portA());
        statement.setString(first + 2, channel.portB());
        statement.setLong(first + 3, channel.lowerFrequencyMhz());
        statement.setLong(first + 4, channel.upperFrequencyMhz());
    }

    @Override
    MediaChannelEntry row(String serviceUuid, ResultSet rs, int first) throws SQLException {
        return new MediaChannelEntry(serviceUuid, rs.getString(first), rs.getString(first + 1),
                rs.getString(first + 2), rs.getLong(first + 3), rs.getLong(first + 4));
    }
}
