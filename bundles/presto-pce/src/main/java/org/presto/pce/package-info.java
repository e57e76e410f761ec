/** Path computation: route requests over the resource model. */
@Export
@Version("0.3.0")
package org.presto.pce;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
