package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * EEC Identifier choice that maps the EVC/OVC end point as a whole to the Egress Equivalence Class name; it has no
 * members (mef-common:sep-eec-id-pac).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SepEecIdPac() {
}
