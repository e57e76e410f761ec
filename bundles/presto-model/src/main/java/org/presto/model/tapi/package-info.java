/**
 * Interchange of a whole context with ONF TAPI 2.1.3, the TAPI release most controllers speak: RFC 7951 JSON of
 * {@code tapi-common:context} with its topology, connectivity and path computation contexts.
 */
@Export
@Version("0.3.0")
package org.presto.model.tapi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
