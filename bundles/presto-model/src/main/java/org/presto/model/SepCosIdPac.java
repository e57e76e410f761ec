package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * CoS Identifier choice that maps the EVC/OVC end point as a whole to the CoS name; it has no members
 * (mef-common:sep-cos-id-pac).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SepCosIdPac() {
}
