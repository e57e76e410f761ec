package org.presto.driver.emulator.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UndoRecord;

/**
 * The emulator's undo records: an install that added an item to a device is undone by removing exactly that item,
 * written as JSON in the device state file's own terms, e.g. {@code {"remove-entry": {...}}}.
 */
public final class UndoData {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Removal(@JsonProperty("remove-entry") DeviceStateFile.SavedEntry entry,
                   @JsonProperty("remove-media-channel") DeviceStateFile.SavedChannel channel,
                   @JsonProperty("remove-bridge") DeviceStateFile.SavedBridge bridge) {
    }

    private UndoData() {
    }

    /** The record of an install that added the change. */
    public static String removing(DeviceChange change) {
        if (change instanceof ForwardingEntry entry) {
            return removing(entry);
        } else if (change instanceof BridgeEntry bridge) {
            return removing(bridge);
        }
        return removing((MediaChannelEntry) change);
    }

    private static String removing(ForwardingEntry entry) {
        return write(new Removal(DeviceStateFile.SavedEntry.of(entry), null, null));
    }

    private static String removing(MediaChannelEntry channel) {
        return write(new Removal(null, DeviceStateFile.SavedChannel.of(channel), null));
    }

    private static String removing(BridgeEntry bridge) {
        return write(new Removal(null, null, DeviceStateFile.SavedBridge.of(bridge)));
    }

    /** Removes the item the record names from the table; an item already gone is fine. */
    public static void apply(UndoRecord undo, ForwardingTable table) throws DriverException {
        Removal removal;
        try {
            removal = JSON.readValue(undo.data(), Removal.class);
        } catch (JacksonException e) {
            throw new DriverException("node " + undo.nodeId() + ": not an undo record of this emulator: "
                    + e.getOriginalMessage(), e);
        }
        if (removal.entry() != null) {
            table.remove(removal.entry().toEntry());
        } else if (removal.channel() != null) {
            table.remove(removal.channel().toChannel());
        } else if (removal.bridge() != null) {
            table.remove(removal.bridge().toBridge());
        } else {
            throw new DriverException("node " + undo.nodeId() + ": the undo record names nothing to remove");
        }
    }

    private static String write(Removal removal) {
        try {
            return JSON.writeValueAsString(removal);
        } catch (JacksonException e) {
            throw new IllegalStateException("an undo record could not be written", e);
        }
    }
}
