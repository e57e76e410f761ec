package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Color Identifier choice that colors frames by the DEI of their VLAN tag, DEI 0 green and DEI 1 yellow; it has no
 * members. The C-Tag counts at a UNI or in a VUNI, otherwise the S-Tag at an ENNI (mef-common:dei-color-id-pac).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeiColorIdPac() {
}
