/** JSON mapping of the resource model with the member names and nesting of the MEF Presto NRP API. */
@Export
@Version("0.1.0")
package org.presto.model.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
