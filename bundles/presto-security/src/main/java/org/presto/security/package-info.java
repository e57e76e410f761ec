/**
 * Who calls Presto and what they may do: a caller authenticated from an HTTP {@code Authorization} header (HTTP Basic
 * against Karaf's JAAS realm, or an OAuth 2.0 bearer token, a JWT from the configured issuer) or from a TLS client
 * certificate, with the Presto {@link org.presto.security.Role roles} its credentials carry. The REST API asks an
 * {@link org.presto.security.Authenticator} for every request and checks the role the request needs.
 */
@Export
@Version("1.2.0")
package org.presto.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
