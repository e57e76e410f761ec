package org.presto.spi.support;

import java.util.List;
import java.util.Set;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;

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
    public UndoRecord install(DeviceChange change) throws DriverException {
        return delegate.install(change);
    }

    @Override
    public void remove(DeviceChange change) throws DriverException {
        delegate.remove(change);
    }

    @Override
    public void undo(UndoRecord undo) throws DriverException {
        delegate.undo(undo);
    }

    @Override
    public List<DeviceChange> configuration(String nodeId) throws DriverException {
        return delegate.configuration(nodeId);
    }
}
