package org.presto.spi.support;

import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;

/**
 * The base of a driver of Ethernet switches, whose changes are VLAN cross-connects and, if it bridges, bridge
 * domains: it hands each change to the method of its kind and refuses any other kind (a media channel, or a kind a
 * later SPI adds) with {@link DriverException#cannotMake}. A driver extending it implements the cross-connect
 * methods, and the bridge ones when it declares {@link org.presto.spi.Capability#BRIDGING}; it still says what it
 * {@link #capabilities() can do} and reads its {@link #configuration configuration} back.
 */
public abstract class SwitchDriver implements NetworkDriver {

    @Override
    public final UndoRecord install(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            return installCrossConnect(entry);
        } else if (change instanceof BridgeEntry bridge) {
            return installBridge(bridge);
        }
        throw DriverException.cannotMake(info(), change);
    }

    @Override
    public final void remove(DeviceChange change) throws DriverException {
        if (change instanceof ForwardingEntry entry) {
            removeCrossConnect(entry);
        } else if (change instanceof BridgeEntry bridge) {
            removeBridge(bridge);
        }
    }

    /** Configures one cross-connect; doing it again has no further effect (see {@link NetworkDriver#install}). */
    protected abstract UndoRecord installCrossConnect(ForwardingEntry entry) throws DriverException;

    /** Removes one cross-connect; removing one that is not there succeeds. */
    protected abstract void removeCrossConnect(ForwardingEntry entry) throws DriverException;

    /** Configures one bridge domain; by default refused, for a switch that does not bridge. */
    protected UndoRecord installBridge(BridgeEntry bridge) throws DriverException {
        throw DriverException.cannotMake(info(), bridge);
    }

    /** Removes one bridge domain; removing one that is not there succeeds (by default there are none). */
    protected void removeBridge(BridgeEntry bridge) throws DriverException {
    }
}
