package org.presto.api.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.TopologyConstraint;

/**
 * The input of create-connectivity-service as far as this version honours it; members of the spec it cannot honour
 * yet (resilience constraints) are refused by the strict mapper rather than ignored.
 */
record CreateConnectivityServiceInput(
        @JsonProperty("end-point") List<ConnectivityServiceEndPoint> endPoint,
        @JsonProperty("conn-constraint") @JsonAlias("tapi-connectivity:conn-constraint")
        ConnectivityConstraintInput connConstraint,
        @JsonProperty("topo-constraint") TopologyConstraint topoConstraint,
        @JsonProperty("state") String state,
        @JsonProperty("nrp-carrier-eth-connectivity-resource")
        NrpCarrierEthConnectivityResource nrpCarrierEthConnectivityResource) {
}
