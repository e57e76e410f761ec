package org.presto.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How callers authenticate and which Presto roles their credentials carry (PID {@value HttpAuthenticator#PID}). */
@ObjectClassDefinition(name = "Presto security",
        description = "Authentication of REST API callers (HTTP Basic against a JAAS realm, OAuth 2.0 bearer JWTs) "
                + "and the Presto roles their JAAS roles or token claims map to")
public @interface SecurityConfig {

    @AttributeDefinition(name = "JAAS realm", required = false,
            description = "Realm that checks HTTP Basic credentials (Karaf's own: karaf, users in "
                    + "etc/users.properties); empty to refuse Basic")
    String realm() default "karaf";

    @AttributeDefinition(name = "Basic cache (s)", min = "0",
            description = "How long a verified user name and password stay verified without asking the realm again "
                    + "(a removed user or changed password takes effect after at most this); 0 asks every time")
    int basicCacheSeconds() default 30;

    @AttributeDefinition(name = "Token issuer", required = false,
            description = "The iss of the JWT access tokens accepted (an OAuth 2.0 / OpenID Connect issuer); empty "
                    + "to refuse bearer tokens")
    String issuer() default "";

    @AttributeDefinition(name = "Token audience", required = false,
            description = "The aud a token must name (Presto's identifier at the issuer); required with an issuer")
    String audience() default "";

    @AttributeDefinition(name = "JWKS URL", required = false,
            description = "Where the issuer publishes its signing keys (its jwks_uri); fetched and cached")
    String jwksUrl() default "";

    @AttributeDefinition(name = "JWKS file", required = false,
            description = "The issuer's public signing keys as a JWK set file, instead of a URL; a relative path is "
                    + "taken from karaf.base")
    String jwksFile() default "";

    @AttributeDefinition(name = "Clock skew (s)", min = "0",
            description = "Tolerance when checking a token's exp, nbf and iat")
    int clockSkewSeconds() default 60;

    @AttributeDefinition(name = "Roles claim",
            description = "The claim whose values map to roles: scope (space-separated, RFC 9068), or a claim of "
                    + "strings such as roles or groups; a dotted path reaches into objects (realm_access.roles)")
    String rolesClaim() default "scope";

    @AttributeDefinition(name = "Admin", description = "JAAS roles and token claim values that make an admin")
    String[] admin() default {"admin", "presto:admin"};

    @AttributeDefinition(name = "Operator",
            description = "JAAS roles and token claim values that make an operator")
    String[] operator() default {"operator", "presto:operator"};

    @AttributeDefinition(name = "Viewer", description = "JAAS roles and token claim values that make a viewer")
    String[] viewer() default {"viewer", "presto:viewer"};

    @AttributeDefinition(name = "Admin certificates", required = false,
            description = "Names of TLS client certificates (subject common name, or a DNS, e-mail or URI subject "
                    + "alternative name) that make an admin; the server must ask for client certificates and trust "
                    + "their issuer (org.ops4j.pax.web.cfg)")
    String[] certificateAdmin() default {};

    @AttributeDefinition(name = "Operator certificates", required = false,
            description = "Names of TLS client certificates that make an operator")
    String[] certificateOperator() default {};

    @AttributeDefinition(name = "Viewer certificates", required = false,
            description = "Names of TLS client certificates that make a viewer")
    String[] certificateViewer() default {};
}
