package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.presto.model.AdministrativeState;

/** The input of update-service-interface-point: which SIP, and the administrative state it gets. */
record UpdateServiceInterfacePointInput(
        @JsonProperty("sip-id-or-name") String sipIdOrName,
        @JsonProperty("state") AdministrativeState state) {
}
