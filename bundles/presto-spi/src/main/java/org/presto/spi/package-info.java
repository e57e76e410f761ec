/**
 * The southbound driver SPI. Vendors implement {@link org.presto.spi.NetworkDriver} and register it as an OSGi
 * service. Semantic versioning applies: {@code NetworkDriver} is a consumer type, so a driver built against 0.2
 * imports {@code [0.2,1)} and keeps working until a major change. 0.2 added media channels and bridges, as
 * default methods.
 */
@Export
@Version("0.2.0")
package org.presto.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
