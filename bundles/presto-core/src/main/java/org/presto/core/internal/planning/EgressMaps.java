package org.presto.core.internal.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.model.CosIdentifier;
import org.presto.model.CosNameAndColorToDeiPac;
import org.presto.model.CosNameAndColorToPcpPac;
import org.presto.model.CosNameToPcpPac;
import org.presto.model.CosOrEecMappingType;
import org.presto.model.DeiOrDiscard;
import org.presto.model.EgressMap;
import org.presto.model.EgressMapType;
import org.presto.model.FrameColor;
import org.presto.model.NrpCarrierEthConnectivityEndPointResource;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.PcpOrDiscard;
import org.presto.spi.EgressMarking;
import org.presto.spi.EgressMarking.Priority;
import org.presto.spi.EgressMarking.Rewrite;

/**
 * An end point's MEF 10.4 egress maps ({@code egress-map-list}) as the marking its UNI applies. A map names a frame's
 * ingress CoS name and colour; the network carries neither, but it keeps the frame's PCP (from which the other end
 * points classify it, {@code cos-identifier-list}) and marks a yellow frame's DEI. So each PCP and DEI a frame can
 * arrive with resolves to one CoS name and colour, and so to what the map writes, provided every other end point
 * classifies by PCP alike. C-tag maps only: S-tag maps belong to ENNIs, and Presto's end points are UNIs.
 */
final class EgressMaps {
    private EgressMaps() {
    }

    /**
     * @param ends every end point of the service, classes already checked
     * @param egress the index of the end point whose maps are resolved
     * @param path its {@code nrp-carrier-eth-connectivity-end-point-resource} path, for errors
     */
    static EgressMarking marking(List<ValidatedEndPoint> ends, int egress, NrpCarrierEthConnectivityResource evc,
                                 String path) {
        NrpCarrierEthConnectivityEndPointResource resource = ends.get(egress).endPoint()
                .nrpCarrierEthConnectivityEndPointResource();
        if (resource == null || resource.egressMapList().isEmpty()) {
            return EgressMarking.NONE;
        }
        Map<EgressMapType, String> maps = new HashMap<>();
        for (int i = 0; i < resource.egressMapList().size(); i++) {
            EgressMap map = resource.egressMapList().get(i);
            String at = path + "/egress-map-list[" + i + "]";
            if (map.egressMapType() == null) {
                throw invalid(at + "/egress-map-type", "each egress map says its egress-map-type");
            }
            switch (map.egressMapType()) {
                case CN_S_TAG_PCP, CC_S_TAG_PCP, CC_S_TAG_DEI -> throw invalid(at + "/egress-map-type", "an "
                        + map.egressMapType() + " map writes the S-tag of frames leaving at an ENNI; this end point "
                        + "is at a UNI, whose frames carry a C-tag: CN_C_TAG_PCP, CC_C_TAG_PCP or CC_C_TAG_DEI");
                default -> maps.put(map.egressMapType(), at);
            }
        }
        if (maps.containsKey(EgressMapType.CN_C_TAG_PCP) && maps.containsKey(EgressMapType.CC_C_TAG_PCP)) {
            throw invalid(maps.get(EgressMapType.CC_C_TAG_PCP) + "/egress-map-type", "a frame's PCP is written by "
                    + "one map: CN_C_TAG_PCP or CC_C_TAG_PCP, not both");
        }
        Map<Integer, String> classOfPcp = ingressClasses(ends, egress, path);
        Map<EgressMapType, List<MapEntry>> read = new HashMap<>();
        for (EgressMap map : resource.egressMapList()) {
            read.put(map.egressMapType(), entries(map, maps.get(map.egressMapType()), classOfPcp));
        }
        List<Rewrite> rewrites = new ArrayList<>();
        for (int pcp = 0; pcp <= 7; pcp++) {
            String cosName = classOfPcp.get(pcp);
            for (int dei = 0; dei <= 1; dei++) {
                FrameColor colour = dei == 1 ? FrameColor.YELLOW : FrameColor.GREEN;
                MapEntry pcpEntry = find(read.get(EgressMapType.CN_C_TAG_PCP), cosName, colour);
                pcpEntry = pcpEntry != null ? pcpEntry : find(read.get(EgressMapType.CC_C_TAG_PCP), cosName, colour);
                MapEntry deiEntry = find(read.get(EgressMapType.CC_C_TAG_DEI), cosName, colour);
                Integer toPcp = pcpEntry == null ? Integer.valueOf(pcp) : pcpEntry.value();
                Integer toDei = deiEntry == null ? Integer.valueOf(dei) : deiEntry.value();
                rewrites.add(new Rewrite(new Priority(pcp, dei), toPcp == null || toDei == null ? null
                        : new Priority(toPcp, toDei)));
            }
        }
        EgressMarking marking = new EgressMarking(rewrites);
        preserved(evc, marking, maps);
        return marking;
    }

    /**
     * The CoS name of each PCP as the other end points classify entering frames: they must agree, for the egress
     * node sees only the PCP. Frames of a PCP in the Discard class never arrive, and are left out.
     */
    private static Map<Integer, String> ingressClasses(List<ValidatedEndPoint> ends, int egress, String path) {
        Map<Integer, String> agreed = null;
        for (int i = 0; i < ends.size(); i++) {
            if (i == egress) {
                continue;
            }
            NrpCarrierEthConnectivityEndPointResource other = ends.get(i).endPoint()
                    .nrpCarrierEthConnectivityEndPointResource();
            if (other != null && other.cosMappingType() == CosOrEecMappingType.DSCP) {
                throw new PrestoException(Reason.CONFLICT, path + "/egress-map-list", "end point " + i + " classifies "
                        + "entering frames by DSCP; the network carries a frame's class in its PCP, so an egress map "
                        + "needs the other end points to classify by PCP or by end point");
            }
            Map<Integer, String> classes = other == null ? Map.of() : classesOf(other);
            if (agreed != null && !agreed.equals(classes)) {
                throw new PrestoException(Reason.CONFLICT, path + "/egress-map-list", "the service's other end "
                        + "points classify entering frames differently (" + agreed + ", " + classes + "); the "
                        + "network carries a frame's PCP, not its CoS name, so an egress map needs them to agree");
            }
            agreed = classes;
        }
        return agreed == null ? Map.of() : agreed;
    }

    private static Map<Integer, String> classesOf(NrpCarrierEthConnectivityEndPointResource resource) {
        List<CosIdentifier> identifiers = resource.cosIdentifierList();
        Map<Integer, String> classes = new TreeMap<>();
        boolean byEndPoint = resource.cosMappingType() == CosOrEecMappingType.END_POINT
                || resource.cosMappingType() == null && identifiers.size() == 1
                && identifiers.get(0).pcpCosIdPac() == null;
        for (CosIdentifier identifier : identifiers) {
            if (identifier.cosName() == null || identifier.cosName().equals(ClassesOfService.DISCARD)) {
                continue;
            }
            if (byEndPoint) {
                for (int pcp = 0; pcp <= 7; pcp++) {
                    classes.put(pcp, identifier.cosName());
                }
            } else if (identifier.pcpCosIdPac() != null) {
                identifier.pcpCosIdPac().pcpValueList().forEach(pcp -> classes.put(pcp.intValue(),
                        identifier.cosName()));
            }
        }
        return classes;
    }

    /** One entry of a map, read: the class and colour (null: either) it is for, and what it writes (null: discard). */
    private record MapEntry(String cosName, FrameColor colour, Integer value) {
    }

    /** A map's entries, each checked: a CoS name the other end points classify into, a colour, a value. */
    private static List<MapEntry> entries(EgressMap map, String at, Map<Integer, String> classes) {
        return switch (map.egressMapType()) {
            case CN_C_TAG_PCP -> read(map.cosNameToPcpPacList(), at + "/cos-name-to-pcp-pac-list",
                    CosNameToPcpPac::ingressCosName, null, (e, p) -> pcp(e.pcpValue(), p + "/pcp-value"), classes);
            case CC_C_TAG_PCP -> read(map.cosNameAndColorToPcpPacList(), at + "/cos-name-and-color-to-pcp-pac-list",
                    CosNameAndColorToPcpPac::ingressCosName, CosNameAndColorToPcpPac::ingressColor,
                    (e, p) -> pcp(e.pcpValue(), p + "/pcp-value"), classes);
            case CC_C_TAG_DEI -> read(map.cosNameAndColorToDeiPacList(), at + "/cos-name-and-color-to-dei-pac-list",
                    CosNameAndColorToDeiPac::ingressCosName, CosNameAndColorToDeiPac::ingressColor,
                    (e, p) -> dei(e.deiValue(), p + "/dei-value"), classes);
            default -> throw new IllegalStateException("S-tag maps are refused before");
        };
    }

    private static <E> List<MapEntry> read(List<E> list, String listPath, Function<E, String> name,
                                           Function<E, FrameColor> colour, BiFunction<E, String, Integer> value,
                                           Map<Integer, String> classes) {
        List<MapEntry> entries = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            E entry = list.get(j);
            String entryPath = listPath + "[" + j + "]";
            known(name.apply(entry), entryPath, classes);
            entries.add(new MapEntry(name.apply(entry), colour == null ? null : colour(colour.apply(entry),
                    entryPath), value.apply(entry, entryPath)));
        }
        return entries;
    }

    /** The first entry for the class and colour, or null where the map has none (the frame keeps its value). */
    private static MapEntry find(List<MapEntry> entries, String cosName, FrameColor colour) {
        if (entries == null || cosName == null) {
            return null;
        }
        return entries.stream().filter(e -> e.cosName().equals(cosName) && (e.colour() == null
                || e.colour() == colour)).findFirst().orElse(null);
    }

    private static void known(String cosName, String entryPath, Map<Integer, String> classes) {
        if (cosName == null || !classes.containsValue(cosName)) {
            throw invalid(entryPath + "/ingress-cos-name", "CoS name " + cosName + " is not one the service's "
                    + "other end points classify frames into (their cos-identifier-list): "
                    + new java.util.TreeSet<>(classes.values()));
        }
    }

    private static FrameColor colour(FrameColor colour, String entryPath) {
        if (colour == null) {
            throw invalid(entryPath + "/ingress-color", "each entry gives an ingress-color: GREEN or YELLOW");
        }
        return colour;
    }

    private static Integer dei(DeiOrDiscard value, String path) {
        if (value == null) {
            throw invalid(path, "each entry gives a dei-value: 0, 1 or DISCARD");
        }
        return value == DeiOrDiscard.DISCARD ? null : value == DeiOrDiscard.DEI_1 ? 1 : 0;
    }

    private static Integer pcp(PcpOrDiscard value, String path) {
        if (value == null) {
            throw invalid(path, "each entry gives a pcp-value: 0 to 7 or DISCARD");
        }
        // PCP_0 to PCP_7
        return value == PcpOrDiscard.DISCARD ? null : Integer.parseInt(value.name().substring("PCP_".length()));
    }

    /** MEF 10.4: with the EVC's C-tag PCP (DEI) preservation enabled, no map may change a frame's PCP (DEI). */
    private static void preserved(NrpCarrierEthConnectivityResource evc, EgressMarking marking,
                                  Map<EgressMapType, String> maps) {
        if (evc == null) {
            return;
        }
        for (Rewrite rewrite : marking.rewrites()) {
            if (rewrite.discards()) {
                continue;
            }
            if (Boolean.TRUE.equals(evc.ceVlanPcpPreservation()) && rewrite.to().pcp() != rewrite.from().pcp()) {
                throw invalid(maps.getOrDefault(EgressMapType.CN_C_TAG_PCP, maps.get(EgressMapType.CC_C_TAG_PCP)),
                        "the EVC's ce-vlan-pcp-preservation keeps every frame's PCP; this map changes PCP "
                                + rewrite.from().pcp() + " to " + rewrite.to().pcp());
            }
            if (Boolean.TRUE.equals(evc.ceVlanDeiPreservation()) && rewrite.to().dei() != rewrite.from().dei()) {
                throw invalid(maps.get(EgressMapType.CC_C_TAG_DEI), "the EVC's ce-vlan-dei-preservation keeps every "
                        + "frame's DEI; this map changes it for PCP " + rewrite.from().pcp());
            }
        }
    }

    private static PrestoException invalid(String path, String message) {
        return new PrestoException(Reason.INVALID_INPUT, path, message);
    }
}
