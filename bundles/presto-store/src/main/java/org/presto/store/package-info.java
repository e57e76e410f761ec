/** The storage API of Presto; back ends are chosen by configuration. */
@Export
@Version("0.8.0")
package org.presto.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
