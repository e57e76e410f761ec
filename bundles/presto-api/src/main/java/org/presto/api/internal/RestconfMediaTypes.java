package org.presto.api.internal;

/** Media types of RESTCONF (RFC 8040) besides plain JSON. */
final class RestconfMediaTypes {
    static final String YANG_DATA_JSON = "application/yang-data+json";

    private RestconfMediaTypes() {
    }
}
