package org.presto.spi;

import java.util.List;
import java.util.Set;

/**
 * A driver that hands every call to another: the base of a DS component that only turns its configuration into the
 * object doing the work (which tests then use without OSGi). Every method of {@link NetworkDriver} is forwarded,
 * those with defaults too, so the delegate's own answers are Presto's.
 */
public abstract class ForwardingNetworkDriver implements NetworkDriver {
    private final NetworkDriver delegate;

    protected ForwardingNetworkDriver(NetworkDriver delegate) {
        this.delegate = delegate;
    }

    @Override
    public DriverInfo info() {
        return delegate.info();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public List<DeviceStatus> devices() {
        return delegate.devices();
    }

    @Override
    public DiscoveredNetwork discover() throws DriverException {
        return delegate.discover();
    }

    @Override
    public UndoRecord install(ForwardingEntry entry) throws DriverException {
        return delegate.install(entry);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        delegate.undo(undo);
    }

    @Override
    public void remove(ForwardingEntry entry) throws DriverException {
        delegate.remove(entry);
    }

    @Override
    public List<ForwardingEntry> forwardingEntries(String nodeId) throws DriverException {
        return delegate.forwardingEntries(nodeId);
    }

    @Override
    public UndoRecord install(MediaChannelEntry channel) throws DriverException {
        return delegate.install(channel);
    }

    @Override
    public void remove(MediaChannelEntry channel) throws DriverException {
        delegate.remove(channel);
    }

    @Override
    public List<MediaChannelEntry> mediaChannels(String nodeId) throws DriverException {
        return delegate.mediaChannels(nodeId);
    }

    @Override
    public UndoRecord install(BridgeEntry bridge) throws DriverException {
        return delegate.install(bridge);
    }

    @Override
    public void remove(BridgeEntry bridge) throws DriverException {
        delegate.remove(bridge);
    }

    @Override
    public List<BridgeEntry> bridges(String nodeId) throws DriverException {
        return delegate.bridges(nodeId);
    }
}
