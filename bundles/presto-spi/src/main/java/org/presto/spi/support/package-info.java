/**
 * Helpers for writing drivers, versioned apart from the SPI itself so that they can grow without moving the SPI's
 * version: {@link org.presto.spi.support.StableUuids} (uuids that stay the same across restarts),
 * {@link org.presto.spi.support.SwitchNetwork} (the discovered network of Ethernet switches from names and
 * cables), {@link org.presto.spi.support.ForwardingNetworkDriver} (a DS component that hands every call to the object
 * doing the work) and {@link org.presto.spi.support.SwitchDriver} (a driver of Ethernet switches: each change to the
 * method of its kind, cross-connect or bridge). 1.0 takes the first three over from SPI 3.x, unchanged but for the
 * package. 1.1 adds {@link org.presto.spi.support.TapiContextNetwork} (the network of a TAPI context, as the
 * emulator and the static network driver take it from a file).
 */
@Export
@Version("1.1.0")
package org.presto.spi.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
