/**
 * YANG for JSON: a compiled schema tree of YANG modules ({@link org.presto.model.yang.YangSchema}), the NRP API's
 * modules ({@link org.presto.model.yang.NrpModules}), and RFC 7951 encoding of data in the swagger's form
 * ({@link org.presto.model.yang.Rfc7951Writer}).
 */
@Export
@Version("0.2.0")
package org.presto.model.yang;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
