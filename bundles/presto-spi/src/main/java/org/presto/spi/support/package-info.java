/**
 * Helpers for writing drivers, versioned apart from the SPI itself so that they can grow without moving the SPI's
 * version: {@link org.presto.spi.support.StableUuids} (uuids that stay the same across restarts),
 * {@link org.presto.spi.support.SwitchNetwork} (the discovered network of Ethernet switches from names and cables)
 * and {@link org.presto.spi.support.ForwardingNetworkDriver} (a DS component that hands every call to the object
 * doing the work). 1.0 takes them over from SPI 3.x, unchanged but for the package.
 */
@Export
@Version("1.0.0")
package org.presto.spi.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
