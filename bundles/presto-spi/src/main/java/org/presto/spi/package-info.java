/**
 * The southbound driver SPI. Vendors implement {@link org.presto.spi.NetworkDriver} and register it as an OSGi
 * service. Semantic versioning applies: a vendor bundle built against 0.1 imports {@code [0.1,0.2)}.
 */
@Export
@Version("0.1.0")
package org.presto.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
