/**
 * The Presto resource model: immutable value types of the ONF TAPI context with the MEF NRP extensions, named and
 * nested in JSON exactly as the MEF Presto NRP API defines them.
 */
@Export
@Version("0.2.0")
package org.presto.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
