package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.ForwardingNetworkDriver;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;

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
    public UndoRecord install(ForwardingEntry entry) throws DriverException {
        log("install " + entry.nodeId());
        return super.install(entry);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        log("undo " + undo.nodeId());
        super.undo(undo);
    }

    @Override
    public void remove(ForwardingEntry entry) throws DriverException {
        log("remove " + entry.nodeId());
        super.remove(entry);
    }

    @Override
    public UndoRecord install(MediaChannelEntry channel) throws DriverException {
        log("install " + channel.nodeId());
        return super.install(channel);
    }

    @Override
    public void remove(MediaChannelEntry channel) throws DriverException {
        log("remove " + channel.nodeId());
        super.remove(channel);
    }

    @Override
    public UndoRecord install(BridgeEntry bridge) throws DriverException {
        log("install " + bridge.nodeId());
        return super.install(bridge);
    }

    @Override
    public void remove(BridgeEntry bridge) throws DriverException {
        log("remove " + bridge.nodeId());
        super.remove(bridge);
    }

}
