/** The orchestration services of Presto used by the API, the shell and other northbound front ends. */
@Export
@Version("0.9.0")
package org.presto.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
