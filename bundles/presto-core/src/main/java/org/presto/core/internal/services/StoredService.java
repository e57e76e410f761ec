package org.presto.core.internal.services;

import java.util.ArrayList;
import java.util.List;
import org.presto.core.ConnectivityRequest;
import org.presto.core.RouteConstraints;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.ConnectivityServiceRef;
import org.presto.model.ForwardingDirection;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.LinkRef;
import org.presto.model.NodeRef;
import org.presto.model.OperationalState;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.ServiceType;
import org.presto.pce.Waypoint;
import org.presto.store.ServiceRecord;

/** A service as the store keeps it: built from the request and its plan, with the states of its lifecycle. */
public final class StoredService {
    private StoredService() {
    }

    /** A new service, PLANNED, with what its route was asked to pass, avoid and stay within. */
    static ConnectivityService of(String uuid, ConnectivityRequest request, List<ValidatedEndPoint> ends,
                                  ServicePlan plan, LayerProtocolName layer, Inventory network) {
        List<ConnectivityServiceEndPoint> endPoints = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            ConnectivityServiceEndPoint ep = ends.get(i).endPoint();
            endPoints.add(endPoint(ep, ep.localId() != null ? ep.localId() : "ep-" + (i + 1), layer,
                    LifecycleState.PLANNED));
        }
        RouteConstraints route = request.routeConstraints();
        return ConnectivityServiceBuilder.builder()
                .uuid(uuid)
                .name(request.name())
                .endPoint(endPoints)
                // what the route was asked to pass, avoid and stay within, as TAPI keeps it with the service
                .includeNode(route.waypoints().stream().filter(w -> w.kind() == Waypoint.Kind.NODE)
                        .map(w -> new NodeRef(network.topologyOf(w.id()), w.id())).toList())
                .includeLink(route.waypoints().stream().filter(w -> w.kind() == Waypoint.Kind.LINK)
                        .map(w -> new LinkRef(network.topologyOfLink(w.id()), w.id())).toList())
                .excludeNode(route.excludedNodeIds().stream().sorted()
                        .map(id -> new NodeRef(network.topologyOf(id), id)).toList())
                .excludeLink(route.excludedLinkIds().stream().sorted()
                        .map(id -> new LinkRef(network.topologyOfLink(id), id)).toList())
                .latencyCharacteristic(route.latencyBound())
                .preferredTransportLayer(route.preferredTransportLayers())
                .diversityPolicy(route.diversity() == null ? null : route.diversity().policy())
                .diversityExclusion(route.diversity() == null ? List.of() : route.diversity().serviceIds().stream()
                        .map(ConnectivityServiceRef::new).toList())
                .connection(List.of(plan.topConnectionId))
                .serviceType(request.serviceType() != null ? request.serviceType()
                        : ServiceType.POINT_TO_POINT_CONNECTIVITY)
                .layerProtocolName(layer)
                .direction(ForwardingDirection.BIDIRECTIONAL)
                .requestedCapacity(request.requestedCapacity())
                .routeObjectiveFunction(request.objective())
                .serviceLevel(request.serviceLevel())
                .nrpCarrierEthConnectivityResource(request.connectivityResource())
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(LifecycleState.PLANNED)
                .build();
    }

    /** A requested end point as the service keeps it, with its states. */
    public static ConnectivityServiceEndPoint endPoint(ConnectivityServiceEndPoint ep, String localId,
            LayerProtocolName layer,
                                              LifecycleState lifecycle) {
        return ConnectivityServiceEndPointBuilder.builder()
                .localId(localId)
                .name(ep.name())
                .serviceInterfacePoint(ep.serviceInterfacePoint())
                .layerProtocolName(layer)
                .layerProtocolQualifier(ep.layerProtocolQualifier())
                .role(ep.role() == PortRole.ROOT || ep.role() == PortRole.LEAF ? ep.role() : PortRole.SYMMETRIC)
                .direction(PortDirection.BIDIRECTIONAL)
                .administrativeState(AdministrativeState.UNLOCKED)
                .operationalState(OperationalState.ENABLED)
                .lifecycleState(lifecycle)
                .nrpCarrierEthConnectivityEndPointResource(ep.nrpCarrierEthConnectivityEndPointResource())
                .build();
    }

    static ServiceRecord withLifecycle(ServiceRecord record, LifecycleState lifecycle) {
        return record.with(record.service().withStates(record.service().operationalState(), lifecycle),
                record.connections().stream().map(c -> c.withStates(c.operationalState(), lifecycle)).toList(),
                record.changes());
    }
}
