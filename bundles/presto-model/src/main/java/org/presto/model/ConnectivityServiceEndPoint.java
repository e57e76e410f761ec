package org.presto.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An end point of a connectivity service: a SIP and, for Carrier Ethernet, the CE-VLANs mapped to it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConnectivityServiceEndPoint(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("service-interface-point") ServiceInterfacePointRef serviceInterfacePoint,
        @JsonProperty("layer-protocol-name") LayerProtocolName layerProtocolName,
        @JsonProperty("role") PortRole role,
        @JsonProperty("direction") PortDirection direction,
        @JsonProperty("capacity") Capacity capacity,
        @JsonProperty("administrative-state") AdministrativeState administrativeState,
        @JsonProperty("operational-state") OperationalState operationalState,
        @JsonProperty("lifecycle-state") LifecycleState lifecycleState,
        @JsonProperty("nrp-carrier-eth-connectivity-end-point-resource")
        @JsonAlias("nrp-interface:nrp-carrier-eth-connectivity-end-point-resource")
        NrpCarrierEthConnectivityEndPointResource nrpCarrierEthConnectivityEndPointResource) {

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
        return new ConnectivityServiceEndPoint(id, name, serviceInterfacePoint, layerProtocolName, role, direction,
                capacity, administrativeState == null ? AdministrativeState.UNLOCKED : administrativeState,
                operational, lifecycle, nrpCarrierEthConnectivityEndPointResource);
    }
}
