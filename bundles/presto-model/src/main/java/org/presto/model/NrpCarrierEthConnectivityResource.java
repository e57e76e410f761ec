package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * MEF NRP Carrier Ethernet attributes of a TAPI connectivity service, mapped from a MEF EVC or OVC: CE-VLAN id, PCP and
 * DEI preservation, S-VLAN PCP and DEI preservation, maximum frame size, multipoint capability, and unicast, multicast
 * and broadcast frame delivery (nrp-interface:nrp-carrier-eth-connectivity-resource).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NrpCarrierEthConnectivityResource(
        @JsonProperty("ce-vlan-id-preservation") VlanIdPreservation ceVlanIdPreservation,
        @JsonProperty("ce-vlan-pcp-preservation") Boolean ceVlanPcpPreservation,
        @JsonProperty("s-vlan-dei-preservation") Boolean sVlanDeiPreservation,
        @JsonProperty("max-frame-size") Long maxFrameSize,
        @JsonProperty("multipoint-capable") Boolean multipointCapable,
        @JsonProperty("broadcast-frame-delivery") FrameDeliveryCondition broadcastFrameDelivery,
        @JsonProperty("s-vlan-pcp-preservation") Boolean sVlanPcpPreservation,
        @JsonProperty("ce-vlan-dei-preservation") Boolean ceVlanDeiPreservation,
        @JsonProperty("multicast-frame-delivery") FrameDeliveryCondition multicastFrameDelivery,
        @JsonProperty("unicast-frame-delivery") FrameDeliveryCondition unicastFrameDelivery)
        implements NrpCarrierEthConnectivityResourceBuilder.With {
}
