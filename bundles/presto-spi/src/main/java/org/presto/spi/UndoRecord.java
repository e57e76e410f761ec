package org.presto.spi;

import java.util.Objects;

/**
 * How to take back one change a driver made, in that driver's own terms: what it returns from {@code install}.
 * Presto journals it with the service before it goes on, and to roll back hands it, newest first, to
 * {@link NetworkDriver#undo} of the driver that made it, even after a restart. A driver that found the node already
 * holding the change returns {@link #nothing}: undoing the change must not remove what it did not add.
 *
 * @param nodeId   the node the change was made on
 * @param driverId the {@link DriverInfo#id() id} of the driver that made it; only that driver reads {@code data}
 * @param data     what that driver needs to restore the node as it was (for example the configuration it
 *                 replaced), as text of at most {@value #MAX_DATA} characters; empty when there is nothing to undo
 */
public record UndoRecord(String nodeId, String driverId, String data) {
    /** The most text an undo record holds, so that a journal row stays small. */
    public static final int MAX_DATA = 16_384;

    public UndoRecord {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(data, "data");
        if (data.length() > MAX_DATA) {
            throw new IllegalArgumentException("an undo record holds at most " + MAX_DATA + " characters, not "
                    + data.length());
        }
    }

    /** The change found the node as it asked: undoing it leaves the node alone. */
    public static UndoRecord nothing(String nodeId, String driverId) {
        return new UndoRecord(nodeId, driverId, "");
    }

    /** Whether undoing it changes nothing. */
    public boolean isNothing() {
        return data.isEmpty();
    }

    /**
     * Whether the driver with this id has something to undo: false when the record is {@link #nothing}; a record
     * another driver made is refused, its data meaning nothing to this one.
     */
    public boolean isFor(String undoingDriverId) throws DriverException {
        if (isNothing()) {
            return false;
        }
        if (!driverId.equals(undoingDriverId)) {
            throw new DriverException("the undo record of node " + nodeId + " was made by driver " + driverId
                    + ", not " + undoingDriverId);
        }
        return true;
    }
}
