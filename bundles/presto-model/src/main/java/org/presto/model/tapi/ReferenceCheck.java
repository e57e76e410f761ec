package org.presto.model.tapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.presto.model.Context;
import org.presto.model.OwnedNodeEdgePointRef;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.tapi.ContextIndex.Location;
import org.presto.model.tapi.TapiImport.PendingReference;

/**
 * Checks that the references TAPI 2.1 spells out with their parents' uuids (route points, aggregated edge points)
 * name a point that is where they say: the model keeps only the point's uuid and finds the parents again on export.
 */
final class ReferenceCheck {
    private final ContextIndex index;

    ReferenceCheck(ContextIndex index) {
        this.index = index;
    }

    void check(List<PendingReference> references) throws InvalidTapiContextException {
        for (PendingReference pending : references) {
            String target = pending.given().get(pending.reference().targetKey()).asText();
            boolean toConnectionEndPoint = pending.reference().targetKey().equals("connection-end-point-uuid");
            Location location = toConnectionEndPoint ? index.connectionEndPoint(target) : index.nodeEdgePoint(target);
            if (location == null) {
                throw new InvalidTapiContextException(pending.path(), "no " + (toConnectionEndPoint
                        ? "connection end point" : "node edge point") + " with uuid " + target + " in the context");
            }
            List<String> keys = pending.reference().keys();
            for (int i = 0; i < keys.size(); i++) {
                String given = pending.given().get(keys.get(i)).asText();
                if (!given.equals(location.uuids().get(i))) {
                    throw new InvalidTapiContextException(pending.path() + "/" + keys.get(i), target + " is under "
                            + keys.get(i) + " " + location.uuids().get(i) + ", not " + given);
                }
            }
        }
    }

    /** A reference to an edge point or a SIP by uuid, found where it stands in the document. */
    record Target(String path, boolean sip, String uuid) {
        static Target of(Class<?> type, JsonNode reference, String path) {
            if (type == OwnedNodeEdgePointRef.class && reference.hasNonNull("owned-node-edge-point-id")) {
                return new Target(path, false, reference.get("owned-node-edge-point-id").asText());
            }
            if (type == ServiceInterfacePointRef.class && reference.hasNonNull("service-interface-point-id")) {
                return new Target(path, true, reference.get("service-interface-point-id").asText());
            }
            return null;
        }
    }

    /** Links, mappings and end points must name edge points and SIPs that are there: a network cannot do without. */
    void checkTargets(List<Target> targets, Context context) throws InvalidTapiContextException {
        Set<String> sips = context.serviceInterfacePoint().stream().map(ServiceInterfacePoint::uuid)
                .collect(Collectors.toSet());
        for (Target target : targets) {
            if (target.sip() ? !sips.contains(target.uuid()) : index.nodeEdgePoint(target.uuid()) == null) {
                throw new InvalidTapiContextException(target.path(), "no " + (target.sip() ? "service interface point"
                        : "node edge point") + " with uuid " + target.uuid() + " in the context");
            }
        }
    }
}
