package org.presto.core.internal.planning;

import java.util.List;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.DeliveryActionType;
import org.presto.model.FrameDeliveryCondition;
import org.presto.model.LayerProtocolName;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.NrpCarrierEthUniNResource;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceType;
import org.presto.model.VlanIdPreservation;

/**
 * The MEF EVC attributes of a create request (nrp-carrier-eth-connectivity-resource), checked against the UNIs the
 * service joins and against what the network does with frames: it forwards every data frame of the service's
 * CE-VLANs to the other end points (unconditional delivery), keeps the C-tag (rewriting its VLAN id where the end
 * points' CE-VLANs differ) and leaves PCP and DEI as they are. What it cannot do is refused; the rest is kept with the
 * service as asked.
 */
public final class EvcAttributes {
    public static final String PATH = "nrp-carrier-eth-connectivity-resource";
    /** No Ethernet frame is larger: the largest a frame length field (and an IP packet inside it) can say. */
    static final long MAX_FRAME_BYTES = 65_535;

    private EvcAttributes() {
    }

    public static void check(NrpCarrierEthConnectivityResource evc, ServiceType type, List<ValidatedEndPoint> ends,
                      LayerProtocolName layer) {
        if (evc == null) {
            return;
        }
        if (layer != LayerProtocolName.ETH) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH, "Carrier Ethernet service attributes are for "
                    + "Ethernet services, not " + layer + " ones");
        }
        if (evc.maxFrameSize() != null) {
            maxFrameSize(evc.maxFrameSize(), ends);
        }
        delivery("unicast-frame-delivery", evc.unicastFrameDelivery());
        delivery("multicast-frame-delivery", evc.multicastFrameDelivery());
        delivery("broadcast-frame-delivery", evc.broadcastFrameDelivery());
        if (evc.ceVlanIdPreservation() == VlanIdPreservation.STRIP) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH + "/ce-vlan-id-preservation", "the network keeps "
                    + "the C-tag of the service's frames; STRIP is not supported, PRESERVE or RETAIN are");
        }
        if (evc.ceVlanIdPreservation() == VlanIdPreservation.PRESERVE
                && ends.stream().mapToInt(ValidatedEndPoint::ceVlan).distinct().count() > 1) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH + "/ce-vlan-id-preservation", "PRESERVE keeps the "
                    + "CE-VLAN id end to end, so every end point needs the same CE-VLAN; these differ");
        }
        boolean multipoint = type == ServiceType.MULTIPOINT_CONNECTIVITY
                || type == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY;
        if (Boolean.FALSE.equals(evc.multipointCapable()) && multipoint) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH + "/multipoint-capable", "a " + type + " service "
                    + "is multipoint; multipoint-capable false contradicts it");
        }
    }

    /** The EVC's maximum frame size fits every UNI's (MEF 10.4: no larger than the UNIs' maximum service frame). */
    private static void maxFrameSize(long size, List<ValidatedEndPoint> ends) {
        if (size <= 0 || size > MAX_FRAME_BYTES) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH + "/max-frame-size", "max-frame-size is a number of "
                    + "bytes from 1 to " + MAX_FRAME_BYTES + ", not " + size);
        }
        for (ValidatedEndPoint end : ends) {
            ServiceInterfacePoint sip = end.location().sip();
            NrpCarrierEthUniNResource uni = sip.nrpCarrierEthUniNResource();
            if (uni != null && uni.maxFrameSize() != null && size > uni.maxFrameSize()) {
                throw new PrestoException(Reason.CONFLICT, PATH + "/max-frame-size", "max-frame-size " + size
                        + " is larger than the " + uni.maxFrameSize() + " bytes service interface point "
                        + sip.uuid() + " carries (its nrp-carrier-eth-uni-n-resource/max-frame-size)");
            }
        }
    }

    private static void delivery(String member, FrameDeliveryCondition condition) {
        if (condition != null && condition.action() != null
                && condition.action() != DeliveryActionType.UNCONDITIONALLY) {
            throw new PrestoException(Reason.INVALID_INPUT, PATH + "/" + member + "/action", "the network delivers "
                    + "every frame of the service to its other end points; " + condition.action() + " is not "
                    + "supported, UNCONDITIONALLY is");
        }
    }
}
