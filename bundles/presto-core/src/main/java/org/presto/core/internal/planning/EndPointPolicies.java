package org.presto.core.internal.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.planning.ClassesOfService.Policing;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.model.BwpFlow;
import org.presto.model.Capacity;
import org.presto.model.ColorFieldType;
import org.presto.model.ColorIdentifier;
import org.presto.model.ConnectivityService;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.NrpCarrierEthUniNResource;
import org.presto.model.SourceMacAddressLimit;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.DscpClass;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

/**
 * What the devices enforce at each UNI of an Ethernet service, by the node edge point of each end point: the EVC's
 * maximum frame size, the end point's ingress bandwidth profile (its {@code ingress-bwp-flow} or its classes of
 * service, else a single-rate profile at the service's requested capacity) and its egress profile
 * ({@code egress-bwp-flow} or its egress equivalence classes), and how the PCP and DEI of the frames it delivers are
 * written ({@code egress-map-list}, {@link EgressMaps}).
 */
public final class EndPointPolicies {
    /** Where a service's single rate comes from when no end point states a profile. */
    private static final String CAPACITY = "conn-constraint/requested-capacity";
    /** The most source MAC addresses a limit may list: far more than a customer's site would ever send from. */
    private static final long MAX_MAC_LIMIT = 65_535;
    /** The largest frame where neither the service nor its UNI states one: MEF 10.4's smallest UNI maximum. */
    private static final long DEFAULT_MAX_FRAME = UniPolicy.MIN_MAX_FRAME_BYTES;

    private EndPointPolicies() {
    }

    /** The policies of the end points of a create request, each named {@code end-point[i]} in errors. */
    public static Map<String, UniPolicy> of(List<ValidatedEndPoint> ends, Capacity capacity,
                                     NrpCarrierEthConnectivityResource evc) {
        return of(ends, capacity, evc, i -> ServiceLifecycle.END_POINTS + "[" + i + "]");
    }

    /**
     * The policies of a stored service, as it is or with another capacity, for an update: its one end point is
     * {@code end-point} in errors.
     */
    public static Map<String, UniPolicy> of(List<ValidatedEndPoint> ends, ConnectivityService service,
            Capacity capacity) {
        return of(ends, capacity, service.nrpCarrierEthConnectivityResource(), i -> ServiceLifecycle.END_POINTS);
    }

    /** The request path of each end point's Carrier Ethernet attributes, by its port, for errors. */
    public static Map<String, String> paths(List<ValidatedEndPoint> ends) {
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < ends.size(); i++) {
            paths.putIfAbsent(ends.get(i).location().nepId(), resourcePath(ServiceLifecycle.END_POINTS + "[" + i
                    + "]"));
        }
        return paths;
    }

    private static String resourcePath(String endPoint) {
        return endPoint + "/nrp-carrier-eth-connectivity-end-point-resource";
    }

    private static Map<String, UniPolicy> of(List<ValidatedEndPoint> ends, Capacity capacity,
                                             NrpCarrierEthConnectivityResource evc, IntFunction<String> endPoint) {
        long maxFrame = evc == null || evc.maxFrameSize() == null ? 0 : evc.maxFrameSize();
        long capacityBps = capacity == null ? 0 : capacity.toKbps() * 1000;
        Map<String, UniPolicy> policies = new HashMap<>();
        for (int i = 0; i < ends.size(); i++) {
            ValidatedEndPoint end = ends.get(i);
            String endPath = resourcePath(endPoint.apply(i));
            NrpCarrierEthConnectivityEndPointResource resource = end.endPoint()
                    .nrpCarrierEthConnectivityEndPointResource();
            long burstFloor = maxFrame > 0 ? maxFrame : uniMaxFrame(end);
            Capacity portSpeed = end.location().sip().totalPotentialCapacity();
            ClassesOfService classes = new ClassesOfService(endPath, burstFloor, portSpeed);
            Policing ingressClasses = resource == null ? Policing.NONE : classes.ingress(resource);
            Policing egressClasses = resource == null ? Policing.NONE : classes.egress(resource);
            BandwidthProfile ingress = resource != null && resource.ingressBwpFlow() != null
                    ? BandwidthProfiles.of(resource.ingressBwpFlow(), endPath + "/ingress-bwp-flow", burstFloor,
                            portSpeed)
                    : ingressClasses.isNone() && capacityBps > 0 ? BandwidthProfile.committed(capacityBps) : null;
            BandwidthProfile egress = resource != null && resource.egressBwpFlow() != null
                    ? BandwidthProfiles.of(resource.egressBwpFlow(), endPath + "/egress-bwp-flow", burstFloor,
                            portSpeed)
                    : null;
            UniPolicy policy = new UniPolicy(Math.toIntExact(maxFrame),
                    either(ingress, ingressClasses, endPath + "/ingress-bwp-flow"),
                    either(egress, egressClasses, endPath + "/egress-bwp-flow"), ingressClasses.classes(),
                    egressClasses.classes(), sourceMacLimit(resource, endPath + "/source-mac-address-limit"),
                    EgressMaps.marking(ends, i, evc, endPath), ingressClasses.dscpClasses(),
                    egressClasses.dscpClasses());
            colourIdentifier(resource, policy, endPath + "/color-identifier");
            NrpCarrierEthUniNResource uni = end.location().sip().nrpCarrierEthUniNResource();
            if (uni != null) {
                withinUni(policy.ingress(), classProfiles(policy.ingressClasses(), policy.ingressDscpClasses()),
                        uni.ingressBwpFlow(), "ingress",
                        ingress != null && resource != null && resource.ingressBwpFlow() != null
                                ? endPath + "/ingress-bwp-flow" : ingress != null ? CAPACITY
                                : endPath + "/cos-identifier-list");
                withinUni(policy.egress(), classProfiles(policy.egressClasses(), policy.egressDscpClasses()),
                        uni.egressBwpFlow(), "egress",
                        egress != null ? endPath + "/egress-bwp-flow" : endPath + "/eec-identifier-list");
            }
            if (!policy.isNone()) {
                policies.put(end.location().nepId(), policy);
            }
        }
        return policies;
    }

    /**
     * MEF 10.4's bandwidth profile of the UNI itself (the SIP's {@code ingress-bwp-flow} / {@code egress-bwp-flow})
     * polices every frame of every service there: an end point that asks for more than it lets through could never
     * have it.
     */
    /** The profiles of a direction's classes, by PCP or by DSCP. */
    private static List<BandwidthProfile> classProfiles(List<PcpClass> byPcp, List<DscpClass> byDscp) {
        return Stream.concat(byPcp.stream().map(PcpClass::profile), byDscp.stream().map(DscpClass::profile))
                .toList();
    }

    private static void withinUni(BandwidthProfile whole, List<BandwidthProfile> classes, BwpFlow uniFlow,
                                  String direction, String path) {
        if (uniFlow == null) {
            return;
        }
        long uniRate = (uniFlow.cir() == null ? 0 : uniFlow.cir()) + (uniFlow.eir() == null ? 0 : uniFlow.eir());
        long asked = whole != null ? whole.cirBps() + whole.eirBps() : classes.stream()
                .filter(p -> p != null).mapToLong(p -> p.cirBps() + p.eirBps()).sum();
        if (uniRate > 0 && asked > uniRate) {
            throw new PrestoException(Reason.CONFLICT, path, "the end point asks for " + asked + " bit/s of "
                    + direction + " rate (cir + eir); its UNI's own " + direction + " bandwidth profile lets "
                    + uniRate + " bit/s through");
        }
    }

    /**
     * The profile for every frame: the end point's own, or its one class's; MEF 10.4 has an end point's frames policed
     * per end point or per class, not both.
     */
    private static BandwidthProfile either(BandwidthProfile perEndPoint, Policing classes, String path) {
        if (perEndPoint != null && !classes.isNone()) {
            throw new PrestoException(Reason.INVALID_INPUT, path, "frames are policed per end point or per class, "
                    + "not both: leave this out, or the classes' profiles");
        }
        return perEndPoint != null ? perEndPoint : classes.whole();
    }

    /**
     * The end point's colour identifier: a colour-aware profile takes a frame's colour from the DEI of its C-tag, so
     * any other field is refused where a profile is colour-aware; where none is, the identifier changes nothing on
     * the network (a colour-blind profile ignores colour) and is only kept.
     */
    private static void colourIdentifier(NrpCarrierEthConnectivityEndPointResource resource, UniPolicy policy,
                                         String path) {
        ColorIdentifier identifier = resource == null ? null : resource.colorIdentifier();
        if (identifier == null) {
            return;
        }
        ColorFieldType field = identifier.colorFieldType() != null ? identifier.colorFieldType()
                : identifier.pcpColorPac() != null ? ColorFieldType.PCP
                : !identifier.dcspColorPac().isEmpty() ? ColorFieldType.DSCP
                : identifier.sepColorPac() != null ? ColorFieldType.END_POINT : ColorFieldType.DEI;
        boolean colourAware = Stream.of(Stream.of(policy.ingress(), policy.egress()),
                        classProfiles(policy.ingressClasses(), policy.ingressDscpClasses()).stream(),
                        classProfiles(policy.egressClasses(), policy.egressDscpClasses()).stream()).flatMap(s -> s)
                .anyMatch(profile -> profile != null && profile.colourAware());
        if (colourAware && field != ColorFieldType.DEI) {
            throw new PrestoException(Reason.INVALID_INPUT, path + "/color-field-type", "a colour-aware profile "
                    + "takes a frame's colour from the DEI of its C-tag; colour by " + field + " is not supported "
                    + "yet");
        }
    }

    /** MEF 10.4's source MAC address limit: a list of at least one address, aged out after at least 1 ms. */
    private static SourceMacLimit sourceMacLimit(NrpCarrierEthConnectivityEndPointResource resource, String path) {
        SourceMacAddressLimit limit = resource == null ? null : resource.sourceMacAddressLimit();
        if (limit == null || limit.limit() == null && limit.timeInterval() == null) {
            return null;
        }
        if (limit.limit() == null || limit.limit() < 1 || limit.limit() > MAX_MAC_LIMIT) {
            throw new PrestoException(Reason.INVALID_INPUT, path + "/limit", "a source MAC address limit lists 1 to "
                    + MAX_MAC_LIMIT + " addresses, not " + limit.limit());
        }
        if (limit.timeInterval() == null || limit.timeInterval() < 1) {
            throw new PrestoException(Reason.INVALID_INPUT, path + "/time-interval", "the time after which an "
                    + "address is forgotten is at least 1 ms, not " + limit.timeInterval());
        }
        return new SourceMacLimit(limit.limit().intValue(), limit.timeInterval());
    }

    /** Without an EVC maximum frame size the service carries what its UNI does. */
    private static long uniMaxFrame(ValidatedEndPoint end) {
        NrpCarrierEthUniNResource uni = end.location().sip().nrpCarrierEthUniNResource();
        return uni != null && uni.maxFrameSize() != null ? uni.maxFrameSize() : DEFAULT_MAX_FRAME;
    }
}
