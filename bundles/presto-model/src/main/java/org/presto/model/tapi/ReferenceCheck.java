package org.presto.model.tapi;

import java.util.List;
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
}
