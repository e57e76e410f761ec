package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.ForwardingNetworkDriver;

/** A real driver seen through a log of the configuration calls Presto makes on it, in order. */
final class RecordingDriver extends ForwardingNetworkDriver {
    private final List<String> calls = new ArrayList<>();

    RecordingDriver(NetworkDriver driver) {
        super(driver);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized void clear() {
        calls.clear();
    }

    private synchronized void log(String call) {
        calls.add(call);
    }

    @Override
    public UndoRecord install(DeviceChange change) throws DriverException {
        log("install " + change.nodeId());
        return super.install(change);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        log("undo " + undo.nodeId());
        super.undo(undo);
    }

    @Override
    public void remove(DeviceChange change) throws DriverException {
        log("remove " + change.nodeId());
        super.remove(change);
    }
}
