package org.presto.driver.netconf;

import org.presto.driver.netconf.protocol.NetconfEndpoint;

/** A configured device, as the driver component receives it from {@link NetconfDeviceComponent}. */
record DeviceSettings(String name, NetconfEndpoint endpoint) {
}
