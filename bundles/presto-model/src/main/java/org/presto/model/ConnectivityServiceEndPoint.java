package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * An end point of a connectivity service: a SIP and, for Carrier Ethernet, the CE-VLANs mapped to it.
 * <p>
 * Besides the NRP members it has the TAPI 2.1 member {@code layer-protocol-qualifier}, which the NRP API of 2018
 * lacks: it keeps the exact layer (ODU2, OTSi, OMS...) of a network imported from a TAPI 2.1.3 context and is
 * absent for Ethernet networks, so NRP responses stay as the swagger defines them.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityServiceEndPoint(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("nrp-carrier-eth-connectivity-end-point-resource")
        NrpCarrierEthConnectivityEndPointResource nrpCarrierEthConnectivityEndPointResource,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("protection-role") ProtectionRole protectionRole,
        @JsonProperty("role") PortRole role,
        @JsonProperty("service-interface-point") ServiceInterfacePointRef serviceInterfacePoint,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("layer-protocol-qualifier") String layerProtocolQualifier,
        @JsonProperty("direction") PortDirection direction,
        @JsonProperty("capacity") Capacity capacity) implements ConnectivityServiceEndPointBuilder.With {
    public ConnectivityServiceEndPoint {
        name = Lists.copy(name);
    }


    /** The uuid of the referenced SIP, or null when the end point names none. */
    public String sipId() {
        return serviceInterfacePoint == null ? null : serviceInterfacePoint.serviceInterfacePointId();
    }

    /** The CE-VLAN ids listed for this end point; empty when none are given. */
    public List<VlanId> ceVlanIds() {
        if (nrpCarrierEthConnectivityEndPointResource == null
                || nrpCarrierEthConnectivityEndPointResource.ceVlanIdListAndUntag() == null) {
            return List.of();
        }
        return nrpCarrierEthConnectivityEndPointResource.ceVlanIdListAndUntag().vlanId();
    }

    public ConnectivityServiceEndPoint withStates(String id, OperationalState operational, LifecycleState lifecycle) {
        return with(ep -> ep.localId(id)
                .administrativeState(administrativeState == null ? AdministrativeState.UNLOCKED : administrativeState)
                .operationalState(operational)
                .lifecycleState(lifecycle));
    }
}
