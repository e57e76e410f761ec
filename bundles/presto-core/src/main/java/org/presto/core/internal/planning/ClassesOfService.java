package org.presto.core.internal.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.BwpFlow;
import org.presto.model.Capacity;
import org.presto.model.CosIdentifier;
import org.presto.model.CosOrEecMappingType;
import org.presto.model.EecIdentifier;
import org.presto.model.IpVersion;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.DscpClass;
import org.presto.spi.PcpClass;

/**
 * An end point's classes of service (ingress: {@code cos-mapping-type} and {@code cos-identifier-list}) or egress
 * equivalence classes (egress: {@code eec-mapping-type}, {@code eec-identifier-list}) as the policy its UNI enforces,
 * checked as MEF 10.4 asks: by end point, one class whose profile polices every frame; by PCP, classes that map every
 * PCP value to exactly one class, each policed to its own profile, a class named {@code Discard} discarding its
 * frames; by DSCP, likewise for the DSCP of each IP version. Classes of L2CP protocols are refused as not supported
 * yet.
 */
public final class ClassesOfService {
    /** MEF 10.4's CoS Name whose frames are discarded. */
    static final String DISCARD = "Discard";
    private static final Set<Integer> ALL_PCP = Set.of(0, 1, 2, 3, 4, 5, 6, 7);

    /**
     * The end point's policing in one direction: one profile for every frame, or classes by PCP, or classes by DSCP,
     * or none.
     */
    record Policing(BandwidthProfile whole, List<PcpClass> classes, List<DscpClass> dscpClasses) {
        static final Policing NONE = new Policing(null, List.of(), List.of());

        Policing(BandwidthProfile whole, List<PcpClass> classes) {
            this(whole, classes, List.of());
        }

        boolean isNone() {
            return whole == null && classes.isEmpty() && dscpClasses.isEmpty();
        }
    }

    /** The DSCP values of one IP version (null: both) an identifier lists. */
    record DscpValues(IpVersion version, List<Long> values) {
        /** An entry given as null: no values. */
        static final DscpValues NONE = new DscpValues(null, List.of());
    }

    /** One identifier of either list, as far as Presto reads it. */
    private record Identifier(String name, List<Long> pcpValues, List<DscpValues> dscp, boolean l2cp, BwpFlow flow) {
        static Identifier of(CosIdentifier cos) {
            return new Identifier(cos.cosName(), cos.pcpCosIdPac() == null ? null : cos.pcpCosIdPac().pcpValueList(),
                    cos.dscpCosIdPac().stream().map(d -> d == null ? DscpValues.NONE
                            : new DscpValues(d.ipVersion(), d.dscpValueList())).toList(),
                    !cos.l2cpProtocolList().isEmpty(), cos.ingressBwpPerCos());
        }

        static Identifier of(EecIdentifier eec) {
            return new Identifier(eec.eecName(), eec.pcpEecIdPac() == null ? null : eec.pcpEecIdPac().pcpValueList(),
                    eec.dscpEecIdPac().stream().map(d -> d == null ? DscpValues.NONE
                            : new DscpValues(d.ipVersion(), d.dscpValueList())).toList(),
                    !eec.l2cpProtocolList().isEmpty(), eec.egressBwpPerEec());
        }
    }

    private final String path;
    private final long maxFrameBytes;
    private final Capacity portSpeed;

    /**
     * @param path the end point's {@code nrp-carrier-eth-connectivity-end-point-resource} path, for errors
     * @param maxFrameBytes the largest frame the service carries at the end point (the floor of burst sizes)
     * @param portSpeed the UNI's capacity, or null where unknown
     */
    ClassesOfService(String path, long maxFrameBytes, Capacity portSpeed) {
        this.path = path;
        this.maxFrameBytes = maxFrameBytes;
        this.portSpeed = portSpeed;
    }

    /** The ingress classes of service. */
    Policing ingress(NrpCarrierEthConnectivityEndPointResource resource) {
        return policing(resource.cosMappingType(), resource.cosIdentifierList().stream().map(Identifier::of)
                .toList(), "cos", "ingress-bwp-per-cos");
    }

    /** The egress equivalence classes. */
    Policing egress(NrpCarrierEthConnectivityEndPointResource resource) {
        return policing(resource.eecMappingType(), resource.eecIdentifierList().stream().map(Identifier::of)
                .toList(), "eec", "egress-bwp-per-eec");
    }

    private Policing policing(CosOrEecMappingType type, List<Identifier> identifiers, String kind, String flowMember) {
        String list = path + "/" + kind + "-identifier-list";
        if (identifiers.isEmpty()) {
            return Policing.NONE;
        }
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            if (identifier.name() == null || identifier.name().isBlank()) {
                throw invalid(list + "[" + i + "]/" + kind + "-name", "each class has a " + kind + "-name");
            }
            if (identifier.l2cp()) {
                throw invalid(list + "[" + i + "]/l2cp-protocol-list", "classes of L2CP protocols are not "
                        + "supported yet");
            }
        }
        CosOrEecMappingType mapping = type != null ? type
                : identifiers.stream().allMatch(id -> id.pcpValues() != null) ? CosOrEecMappingType.PCP
                : identifiers.stream().allMatch(id -> !id.dscp().isEmpty()) ? CosOrEecMappingType.DSCP
                : identifiers.size() == 1 ? CosOrEecMappingType.END_POINT : null;
        if (mapping == null) {
            throw invalid(path + "/" + kind + "-mapping-type", "several classes need " + kind + "-mapping-type PCP "
                    + "or DSCP, and a pcp-value-list or dscp-" + kind + "-id-pac each");
        }
        return switch (mapping) {
            case END_POINT -> byEndPoint(identifiers, list, kind, flowMember);
            case PCP -> byPcp(identifiers, list, kind, flowMember);
            case DSCP -> byDscp(identifiers, list, kind, flowMember);
        };
    }

    private Policing byEndPoint(List<Identifier> identifiers, String list, String kind, String flowMember) {
        if (identifiers.size() != 1) {
            throw invalid(list, "by END_POINT every frame is of one class, not " + identifiers.size());
        }
        Identifier only = identifiers.get(0);
        if (only.name().equals(DISCARD)) {
            throw invalid(list + "[0]/" + kind + "-name", "an end point whose every frame is "
                    + "discarded carries nothing");
        }
        return only.flow() == null ? Policing.NONE : new Policing(profile(only.flow(), list + "[0]/" + flowMember),
                List.of());
    }

    private Policing byPcp(List<Identifier> identifiers, String list, String kind, String flowMember) {
        Set<Integer> seen = new TreeSet<>();
        List<PcpClass> classes = new ArrayList<>();
        long committed = 0;
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            String at = list + "[" + i + "]";
            String values = at + "/pcp-" + kind + "-id-pac/pcp-value-list";
            if (!identifier.dscp().isEmpty() || identifier.pcpValues() == null || identifier.pcpValues().isEmpty()) {
                throw invalid(values, "by PCP each class lists its PCP values");
            }
            Set<Integer> pcps = new TreeSet<>();
            for (Long value : identifier.pcpValues()) {
                if (value == null || value < 0 || value > 7) {
                    throw invalid(values, "a PCP is 0 to 7, not " + value);
                }
                if (!seen.add(value.intValue())) {
                    throw invalid(values, "PCP " + value + " is in two classes; each is in one");
                }
                pcps.add(value.intValue());
            }
            if (identifier.name().equals(DISCARD)) {
                continue; // its frames are in no class, which the devices discard
            }
            BandwidthProfile profile = identifier.flow() == null ? null
                    : profile(identifier.flow(), at + "/" + flowMember);
            committed += profile == null ? 0 : profile.cirBps() + profile.eirBps();
            classes.add(new PcpClass(identifier.name(), pcps, profile));
        }
        if (!seen.equals(ALL_PCP)) {
            Set<Integer> missing = new TreeSet<>(ALL_PCP);
            missing.removeAll(seen);
            throw invalid(list, "by PCP every PCP value is in a class (MEF 10.4; name the class Discard to discard "
                    + "its frames); PCP " + missing + " in none");
        }
        withinPort(committed, list);
        return new Policing(null, classes);
    }

    /**
     * Classes by the DSCP of the frame's IP packet (MEF 10.4): every DSCP 0 to 63 of IPv4 and of IPv6 in exactly one
     * class, a version left out of an identifier's entry counting for both; frames carrying no IP packet go with IPv4
     * DSCP 0 ({@link DscpClass}).
     */
    private Policing byDscp(List<Identifier> identifiers, String list, String kind, String flowMember) {
        Set<Integer> seen4 = new TreeSet<>();
        Set<Integer> seen6 = new TreeSet<>();
        List<DscpClass> classes = new ArrayList<>();
        long committed = 0;
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            String at = list + "[" + i + "]/dscp-" + kind + "-id-pac";
            // PCP values beside them are left alone: MEF's YANG demands a pcp-value-list in every class, so a client
            // that validates its requests against it sends one whatever the mapping type
            if (identifier.dscp().isEmpty()) {
                throw invalid(at, "by DSCP each class lists its DSCP values");
            }
            Set<Integer> ipv4 = new TreeSet<>();
            Set<Integer> ipv6 = new TreeSet<>();
            Set<IpVersion> versions = new HashSet<>();
            for (int j = 0; j < identifier.dscp().size(); j++) {
                DscpValues values = identifier.dscp().get(j);
                String valuesPath = at + "[" + j + "]/dscp-value-list";
                if (values.version() != null && !versions.add(values.version())) {
                    // the YANG keys the list by ip-version (an entry without one counts as IPV4_AND_IPV6)
                    throw invalid(at + "[" + j + "]/ip-version", "two entries of the class for " + values.version()
                            + "; the list is keyed by ip-version, so list their values in one");
                }
                if (values.values().isEmpty()) {
                    throw invalid(valuesPath, "an entry lists at least one DSCP value");
                }
                for (Long value : values.values()) {
                    if (value == null || value < 0 || value > 63) {
                        throw invalid(valuesPath, "a DSCP is 0 to 63, not " + value);
                    }
                    if (values.version() != IpVersion.IPV6) {
                        claim(seen4, ipv4, value.intValue(), "IPv4", valuesPath);
                    }
                    if (values.version() != IpVersion.IPV4) {
                        claim(seen6, ipv6, value.intValue(), "IPv6", valuesPath);
                    }
                }
            }
            if (identifier.name().equals(DISCARD)) {
                continue;
            }
            BandwidthProfile profile = identifier.flow() == null ? null
                    : profile(identifier.flow(), list + "[" + i + "]/" + flowMember);
            committed += profile == null ? 0 : profile.cirBps() + profile.eirBps();
            classes.add(new DscpClass(identifier.name(), ipv4, ipv6, profile));
        }
        for (Set<Integer> seen : List.of(seen4, seen6)) {
            if (seen.size() != 64) {
                Set<Integer> missing = new TreeSet<>();
                for (int dscp = 0; dscp < 64; dscp++) {
                    if (!seen.contains(dscp)) {
                        missing.add(dscp);
                    }
                }
                throw invalid(list, "by DSCP every DSCP value of IPv4 and of IPv6 is in a class (MEF 10.4; name the "
                        + "class Discard to discard its frames); " + (seen == seen4 ? "IPv4" : "IPv6") + " DSCP "
                        + missing + " in none");
            }
        }
        withinPort(committed, list);
        return new Policing(null, List.of(), classes);
    }

    private static void claim(Set<Integer> seen, Set<Integer> own, int dscp, String version, String path) {
        if (!seen.add(dscp)) {
            throw invalid(path, version + " DSCP " + dscp + " is in two classes; each is in one");
        }
        own.add(dscp);
    }

    private void withinPort(long committed, String list) {
        if (portSpeed != null && portSpeed.toKbps() > 0 && committed > portSpeed.toKbps() * 1000) {
            throw new PrestoException(Reason.CONFLICT, list, "the classes' cir + eir add up to " + committed
                    + " bit/s, above the " + portSpeed.toKbps() * 1000 + " bit/s the port carries");
        }
    }

    private BandwidthProfile profile(BwpFlow flow, String at) {
        return BandwidthProfiles.of(flow, at, maxFrameBytes, portSpeed);
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
