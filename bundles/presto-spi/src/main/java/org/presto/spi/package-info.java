/**
 * The southbound driver SPI. Vendors implement {@link org.presto.spi.NetworkDriver} and register it as an OSGi
 * service. Semantic versioning applies: {@code NetworkDriver} is a consumer type, so a driver built against 0.2
 * imports {@code [0.3,1)} and keeps working until a major change. 0.2 added media channels and bridges, as
 * default methods; 0.3 undo records (install returns one, undo takes it back), retryable failures and bridge member
 * roles (E-Tree).
 */
@Export
@Version("0.3.0")
package org.presto.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
