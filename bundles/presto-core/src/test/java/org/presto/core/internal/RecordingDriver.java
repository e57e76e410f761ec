package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;

/** A real driver seen through a log of the configuration calls Presto makes on it, in order. */
final class RecordingDriver implements NetworkDriver {
    private final NetworkDriver driver;
    private final List<String> calls = new ArrayList<>();

    RecordingDriver(NetworkDriver driver) {
        this.driver = driver;
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
    public DriverInfo info() {
        return driver.info();
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        return driver.discover();
    }

    @Override
    public UndoRecord install(ForwardingEntry entry) throws DriverException {
        log("install " + entry.nodeId());
        return driver.install(entry);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        log("undo " + undo.nodeId());
        driver.undo(undo);
    }

    @Override
    public void remove(ForwardingEntry entry) throws DriverException {
        log("remove " + entry.nodeId());
        driver.remove(entry);
    }

    @Override
    public List<ForwardingEntry> forwardingEntries(String nodeId) throws DriverException {
        return driver.forwardingEntries(nodeId);
    }

    @Override
    public UndoRecord install(MediaChannelEntry channel) throws DriverException {
        log("install " + channel.nodeId());
        return driver.install(channel);
    }

    @Override
    public void remove(MediaChannelEntry channel) throws DriverException {
        log("remove " + channel.nodeId());
        driver.remove(channel);
    }

    @Override
    public List<MediaChannelEntry> mediaChannels(String nodeId) throws DriverException {
        return driver.mediaChannels(nodeId);
    }

    @Override
    public UndoRecord install(BridgeEntry bridge) throws DriverException {
        log("install " + bridge.nodeId());
        return driver.install(bridge);
    }

    @Override
    public void remove(BridgeEntry bridge) throws DriverException {
        log("remove " + bridge.nodeId());
        driver.remove(bridge);
    }

    @Override
    public List<BridgeEntry> bridges(String nodeId) throws DriverException {
        return driver.bridges(nodeId);
    }
}
