package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.presto.model.ConnectivityServiceEndPoint;

/**
 * The input of update-connectivity-service as far as this version honours it; the members of the spec it cannot
 * honour yet (topology and resilience constraints, EVC attributes) are refused by the strict mapper.
 */
record UpdateConnectivityServiceInput(
        @JsonProperty("service-id-or-name") String serviceIdOrName,
        @JsonProperty("end-point") ConnectivityServiceEndPoint endPoint,
        @JsonProperty("conn-constraint") ConnectivityConstraintInput connConstraint,
        @JsonProperty("state") String state) {
}
