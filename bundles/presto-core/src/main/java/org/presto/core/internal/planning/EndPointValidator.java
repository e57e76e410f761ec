package org.presto.core.internal.planning;

import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.inventory.SipLocation;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.L2cpAddressSet;
import org.presto.model.LayerProtocolName;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.model.OperationalState;
import org.presto.model.PortDirection;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanId;
import org.presto.model.VlanIdListAndUntag;
import org.presto.model.VlanIdMappingType;

/**
 * Checks one end point of a request (a create's, or one joining or changing in an update) against what this version
 * can honour: states and direction as Presto sets them, its SIP present and usable, its CE-VLANs and Carrier Ethernet
 * attributes. Anything it cannot honour is refused with the member that asks for it.
 */
public final class EndPointValidator {
    private EndPointValidator() {
    }

    public static ValidatedEndPoint endPoint(ConnectivityServiceEndPoint ep, String path, Inventory network,
                                              LayerProtocolName layer) {
        if (ep == null) {
            throw invalid(path, "end point is null");
        }
        if (ep.capacity() != null) {
            throw invalid(path + "/capacity", "a capacity per end point is not supported yet; give the service's "
                    + "capacity as conn-constraint/requested-capacity");
        }
        if (ep.administrativeState() != null && ep.administrativeState() != AdministrativeState.UNLOCKED) {
            throw invalid(path + "/administrative-state", "an end point is created UNLOCKED");
        }
        if (ep.operationalState() != null || ep.lifecycleState() != null) {
            throw invalid(path + (ep.operationalState() != null ? "/operational-state" : "/lifecycle-state"),
                    "operational and lifecycle state are reported by Presto, not requested");
        }
        if (ep.layerProtocolName() != null && ep.layerProtocolName() != layer) {
            throw invalid(path + "/layer-protocol-name", "layer " + ep.layerProtocolName() + " is not the "
                    + "service's layer " + layer + (layer == LayerProtocolName.ETH ? " (Ethernet and photonic "
                    + "media, OTSiA, services are supported)" : ", that of the first end point's SIP"));
        }
        if (ep.direction() != null && ep.direction() != PortDirection.BIDIRECTIONAL) {
            throw invalid(path + "/direction", "direction " + ep.direction() + " is not supported; only BIDIRECTIONAL");
        }
        if (ep.layerProtocolQualifier() != null && layer == LayerProtocolName.ETH) {
            throw invalid(path + "/layer-protocol-qualifier", "layer qualifiers are not supported for an E-Line "
                    + "end point; leave layer-protocol-qualifier out");
        }
        if (ep.protectionRole() != null) {
            throw invalid(path + "/protection-role", "protection is not supported yet; leave protection-role out");
        }
        if (ep.nrpCarrierEthConnectivityEndPointResource() != null && layer != LayerProtocolName.ETH) {
            throw invalid(path + "/nrp-carrier-eth-connectivity-end-point-resource", "Carrier Ethernet attributes "
                    + "(CE-VLANs and the rest) are for Ethernet end points, not photonic ones");
        }
        if (ep.nrpCarrierEthConnectivityEndPointResource() != null) {
            refuseUnsupportedEndPointAttributes(ep.nrpCarrierEthConnectivityEndPointResource(),
                    path + "/nrp-carrier-eth-connectivity-end-point-resource");
        }
        if (ep.sipId() == null || ep.sipId().isBlank()) {
            throw invalid(path + "/service-interface-point", "service-interface-point-id is required");
        }
        SipLocation location = network.locate(ep.sipId()).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                path + "/service-interface-point", "no service interface point with uuid or name '" + ep.sipId()
                        + "'"));
        List<LayerProtocolName> sipLayers = location.sip().layerProtocolName();
        if (!sipLayers.isEmpty() && !sipLayers.contains(layer)) {
            throw invalid(path + "/service-interface-point", "service interface point " + ep.sipId() + " is a "
                    + sipLayers + " point, not one of the service's layer " + layer);
        }
        if (layer != LayerProtocolName.ETH && ep.layerProtocolQualifier() != null
                && !location.sip().supportedLayerProtocolQualifier().contains(ep.layerProtocolQualifier())) {
            throw invalid(path + "/layer-protocol-qualifier", "service interface point " + ep.sipId()
                    + " supports " + location.sip().supportedLayerProtocolQualifier() + ", not "
                    + ep.layerProtocolQualifier());
        }
        if (location.sip().administrativeState() == AdministrativeState.LOCKED) {
            throw new PrestoException(Reason.CONFLICT, path + "/service-interface-point",
                    "service interface point " + ep.sipId() + " is LOCKED");
        }
        if (location.available() && location.sip().operationalState() == OperationalState.DISABLED) {
            throw new PrestoException(Reason.UNAVAILABLE, path + "/service-interface-point",
                    "service interface point " + ep.sipId() + " is DISABLED, as its driver reports it");
        }
        if (!location.available()) {
            throw new PrestoException(Reason.UNAVAILABLE, path + "/service-interface-point",
                    "the node of service interface point " + ep.sipId() + " is unavailable (its driver is absent)");
        }
        // a SIP named by one of its names is kept by its uuid, as TAPI references are
        ConnectivityServiceEndPoint resolved = ep.sipId().equals(location.sip().uuid()) ? ep
                : ep.withServiceInterfacePoint(new ServiceInterfacePointRef(location.sip().uuid()));
        return new ValidatedEndPoint(resolved, location, layer == LayerProtocolName.ETH ? ceVlan(ep, path) : 0);
    }

    /**
     * The NRP end point attributes other than the CE-VLAN list, the bandwidth profiles, the classes of service, the
     * egress maps and the L2CP address set (that is, the S-VLANs) ask for behaviour the provisioning core does not
     * configure yet. The L2CP address set of a VLAN-based service, as every service Presto makes is, is CTA (MEF
     * 45.1), which every Ethernet change carries out; CTB and CTB2 belong to port-based services.
     */
    public static void refuseUnsupportedEndPointAttributes(NrpCarrierEthConnectivityEndPointResource resource,
                                                            String path) {
        if (resource.l2cpAddressSet() != null && resource.l2cpAddressSet() != L2cpAddressSet.CTA) {
            throw invalid(path + "/l2cp-address-set", "l2cp-address-set " + resource.l2cpAddressSet() + " is that "
                    + "of a port-based service (all CE-VLANs of the UNI to one EVC); this service is VLAN-based, "
                    + "and MEF 45.1 gives a VLAN-based service CTA: no frame to a Bridge Reserved Address "
                    + "(01-80-C2-00-00-00 to -0F) is passed");
        }
        Object[] members = {
            "s-vlan-id-list", resource.sVlanIdList(), "root-svlan-id", resource.rootSvlanId(),
            "leaf-svlan-id", resource.leafSvlanId()};
        for (int i = 0; i < members.length; i += 2) {
            Object value = members[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                throw invalid(path + "/" + members[i], members[i] + " is not supported yet");
            }
        }
    }

    /**
     * Why an end point has exactly one CE-VLAN: Presto's services are VLAN-based, carried on a service VLAN that
     * replaces the C-tag between the UNIs; several CE-VLANs on one EVC, all of them (port-based) or untagged frames
     * would need a tag pushed onto the customer's frames, which no driver of ours configures yet.
     */
    private static final String ONE_CE_VLAN = "each end point has one CE-VLAN, mapped to the service VLAN that "
            + "carries it between the UNIs; bundling several CE-VLANs, port-based (all-to-one) services and untagged "
            + "frames need an S-tag pushed onto the customer's frames, which no driver of this Presto configures yet";

    public static int ceVlan(ConnectivityServiceEndPoint ep, String path) {
        String vlanPath = path + "/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag";
        VlanIdListAndUntag vlans = ep.nrpCarrierEthConnectivityEndPointResource() == null ? null
                : ep.nrpCarrierEthConnectivityEndPointResource().ceVlanIdListAndUntag();
        if (vlans == null || vlans.vlanId().isEmpty()) {
            throw invalid(vlanPath, "a CE-VLAN id is required: " + ONE_CE_VLAN);
        }
        if (vlans.vlanIdMappingType() != null && vlans.vlanIdMappingType() != VlanIdMappingType.LIST) {
            throw invalid(vlanPath + "/vlan-id-mapping-type", "vlan-id-mapping-type " + vlans.vlanIdMappingType()
                    + " maps more than one CE-VLAN; LIST (of one) is what Presto makes: " + ONE_CE_VLAN);
        }
        if (Boolean.TRUE.equals(vlans.untaggedAndPrioTaggedIncluded())) {
            throw invalid(vlanPath + "/untagged-and-prio-tagged-included", "untagged frames are not mapped: "
                    + ONE_CE_VLAN);
        }
        if (vlans.vlanId().size() != 1) {
            throw invalid(vlanPath + "/vlan-id", "this end point lists " + vlans.vlanId().size() + " CE-VLANs: "
                    + ONE_CE_VLAN);
        }
        VlanId vlan = vlans.vlanId().get(0);
        if (vlan == null || !vlan.isValid()) {
            throw invalid(vlanPath + "/vlan-id", "CE-VLAN id must be between " + VlanId.MIN + " and " + VlanId.MAX
                    + ", not " + (vlan == null ? null : vlan.vlanId()));
        }
        return vlan.vlanId();
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
