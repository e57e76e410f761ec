package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A service interface point: where a customer-facing service can be attached (tapi-common:service-interface-point). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceInterfacePoint(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("layer-protocol-name") List<LayerProtocolName> layerProtocolName,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("total-potential-capacity") Capacity totalPotentialCapacity,
        @JsonProperty("available-capacity") Capacity availableCapacity) {

    public ServiceInterfacePoint {
        name = Lists.copy(name);
        layerProtocolName = Lists.copy(layerProtocolName);
    }

    public ServiceInterfacePoint withOperationalState(OperationalState state) {
        return new ServiceInterfacePoint(uuid, name, layerProtocolName, administrativeState, state, lifecycleState,
                totalPotentialCapacity, availableCapacity);
    }
}
