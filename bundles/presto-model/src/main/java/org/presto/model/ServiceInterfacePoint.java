package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A service interface point: where a customer-facing service can be attached (tapi-common:service-interface-point).
 * <p>
 * Besides the NRP members it has the TAPI 2.1 member {@code supported-layer-protocol-qualifier}, which the NRP API of
 * 2018
 * lacks: it keeps the exact layer (ODU2, OTSi, OMS...) of a network imported from a TAPI 2.1.3 context and is
 * absent for Ethernet networks, so NRP responses stay as the swagger defines them.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceInterfacePoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("nrp-carrier-eth-inni-n-resource") NrpCarrierEthInniNResource nrpCarrierEthInniNResource,
        @JsonProperty("nrp-carrier-eth-uni-n-resource") NrpCarrierEthUniNResource nrpCarrierEthUniNResource,
        @JsonProperty("nrp-carrier-eth-enni-n-resource") NrpCarrierEthEnniNResource nrpCarrierEthEnniNResource,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("available-capacity") Capacity availableCapacity,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("supported-layer-protocol-qualifier") List<String> supportedLayerProtocolQualifier)
        implements ServiceInterfacePointBuilder.With {
    public ServiceInterfacePoint {
        supportedLayerProtocolQualifier = Lists.copy(supportedLayerProtocolQualifier);
        name = Lists.copy(name);
        layerProtocolName = Lists.copy(layerProtocolName);
    }


}
