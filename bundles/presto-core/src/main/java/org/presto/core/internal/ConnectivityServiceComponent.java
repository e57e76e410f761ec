package org.presto.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ForwardingDirection;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.Node;
import org.presto.model.OperationalState;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.RouteObjectiveFunction;
import org.presto.model.ServiceType;
import org.presto.model.Topology;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathComputer;
import org.presto.pce.PathRequest;
import org.presto.spi.ForwardingEntry;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service lifecycle: validate, route, journal the intent (PLANNED), configure every node on the route through
 * its driver, and record the result (INSTALLED); delete in reverse. Provisioning is serialised by one lock so that
 * reservations derived from the store stay true until the new service is stored.
 */
@Component(service = ConnectivityManager.class)
public class ConnectivityServiceComponent implements ConnectivityManager {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectivityServiceComponent.class);
    private static final int FIRST_SERVICE_VLAN = 2;
    private static final int LAST_SERVICE_VLAN = 4094;

    private final NetworkView network;
    private final PathComputer pathComputer;
    private final PrestoStore store;
    private final DeviceActivation devices;
    private final ReentrantLock provisioning = new ReentrantLock();

    @Activate
    public ConnectivityServiceComponent(@Reference NetworkView network, @Reference PathComputer pathComputer,
                                        @Reference PrestoStore store) {
        this.network = network;
        this.pathComputer = pathComputer;
        this.store = store;
        this.devices = new DeviceActivation(network);
    }

    @Override
    public ConnectivityService create(ConnectivityRequest request) {
        List<ValidatedEndPoint> ends = RequestValidator.validate(request, network);
        provisioning.lock();
        try {
            List<ServiceRecord> existing = store.services();
            ResourceLedger ledger = new ResourceLedger(existing, network);
            long mbps = request.requestedCapacity() == null ? 0 : request.requestedCapacity().toMbps();
            checkEndPointResources(ends, ledger, mbps);
            ComputedPath path = route(ends, request.objective(), mbps, ledger);
            List<String> trunkPorts = path.links().stream()
                    .flatMap(link -> link.nodeEdgePoint().stream().map(end -> end.ownedNodeEdgePointId())).toList();
            int serviceVlan = ledger.lowestFreeVlan(trunkPorts, FIRST_SERVICE_VLAN, LAST_SERVICE_VLAN)
                    .orElseThrow(() -> new PrestoException(Reason.CONFLICT, null,
                            "no service VLAN is free on every link of the route"));
            String uuid = UUID.randomUUID().toString();
            ServicePlan plan = new ServicePlan(uuid, path, ends.get(0), ends.get(1), serviceVlan,
                    network.topology().uuid());
            ServiceRecord planned = new ServiceRecord(service(uuid, request, ends, plan, LifecycleState.PLANNED),
                    plan.connections, plan.entries);
            store.saveService(planned);
            try {
                devices.installAll(plan.entries);
            } catch (PrestoException e) {
                store.deleteService(uuid);
                throw e;
            }
            ServiceRecord installed = withLifecycle(planned, LifecycleState.INSTALLED);
            try {
                store.saveService(installed);
            } catch (StoreException e) {
                devices.removeAll(plan.entries);
                store.deleteService(uuid);
                throw e;
            }
            LOG.info("Service {} installed over {} nodes on service VLAN {}", uuid, path.nodeIds().size(),
                    serviceVlan);
            return withOperationalState(installed).service();
        } finally {
            provisioning.unlock();
        }
    }

    private void checkEndPointResources(List<ValidatedEndPoint> ends, ResourceLedger ledger, long mbps) {
        for (int i = 0; i < ends.size(); i++) {
            ValidatedEndPoint end = ends.get(i);
            String path = "/input/end-point[" + i + "]";
            Optional<String> user = ledger.vlanUser(end.location().nepId(), end.ceVlan());
            if (user.isPresent()) {
                throw new PrestoException(Reason.CONFLICT, path
                        + "/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag",
                        "CE-VLAN " + end.ceVlan() + " is already used on service interface point "
                                + end.location().sip().uuid() + " by service " + user.get());
            }
            var capacity = end.location().sip().totalPotentialCapacity();
            if (capacity != null && mbps > 0
                    && ledger.sipMbpsInUse(end.location().sip().uuid()) + mbps > capacity.toMbps()) {
                throw new PrestoException(Reason.CONFLICT, path + "/service-interface-point", "service interface "
                        + "point " + end.location().sip().uuid() + " has " + (capacity.toMbps()
                        - ledger.sipMbpsInUse(end.location().sip().uuid())) + " Mbit/s left, " + mbps + " requested");
            }
        }
    }

    private ComputedPath route(List<ValidatedEndPoint> ends, RouteObjectiveFunction objective, long mbps,
                               ResourceLedger ledger) {
        String from = ends.get(0).location().nodeId();
        String to = ends.get(1).location().nodeId();
        Topology topology = ledger.withAvailableCapacity(network.topology());
        if (from.equals(to)) {
            return new ComputedPath(List.of(from), List.of(), 0);
        }
        Set<String> unavailable = topology.node().stream()
                .filter(n -> n.operationalState() != OperationalState.ENABLED).map(Node::uuid)
                .collect(Collectors.toSet());
        return pathComputer.shortestPath(new PathRequest(topology, from, to, objective, mbps, unavailable))
                .orElseThrow(() -> new PrestoException(Reason.CONFLICT, null, "no route from node " + from
                        + " to node " + to + " over available nodes and links"
                        + (mbps > 0 ? " with " + mbps + " Mbit/s free" : "")));
    }

    private static ConnectivityService service(String uuid, ConnectivityRequest request, List<ValidatedEndPoint> ends,
                                               ServicePlan plan, LifecycleState lifecycle) {
        List<ConnectivityServiceEndPoint> endPoints = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            ConnectivityServiceEndPoint ep = ends.get(i).endPoint();
            endPoints.add(new ConnectivityServiceEndPoint(ep.localId() != null ? ep.localId() : "ep-" + (i + 1),
                    ep.name(), ep.serviceInterfacePoint(), LayerProtocolName.ETH, PortRole.SYMMETRIC,
                    PortDirection.BIDIRECTIONAL, ep.capacity(), AdministrativeState.UNLOCKED,
                    OperationalState.ENABLED, lifecycle, ep.nrpCarrierEthConnectivityEndPointResource()));
        }
        return new ConnectivityService(uuid, request.name(), endPoints, List.of(plan.topConnectionId),
                ServiceType.POINT_TO_POINT_CONNECTIVITY, LayerProtocolName.ETH, ForwardingDirection.BIDIRECTIONAL,
                request.requestedCapacity(), request.objective(), AdministrativeState.UNLOCKED,
                OperationalState.ENABLED, lifecycle);
    }

    private static ServiceRecord withLifecycle(ServiceRecord record, LifecycleState lifecycle) {
        return new ServiceRecord(record.service().withStates(record.service().operationalState(), lifecycle),
                record.connections().stream().map(c -> c.withStates(c.operationalState(), lifecycle)).toList(),
                record.forwardingEntries());
    }

    /** Operational state as of now: DISABLED while any node the service is configured on is unavailable. */
    private ServiceRecord withOperationalState(ServiceRecord record) {
        boolean up = record.forwardingEntries().stream().map(ForwardingEntry::nodeId).distinct()
                .allMatch(node -> network.driverOf(node).isPresent());
        OperationalState state = up ? OperationalState.ENABLED : OperationalState.DISABLED;
        LifecycleState lifecycle = record.service().lifecycleState();
        return new ServiceRecord(record.service().withStates(state, lifecycle),
                record.connections().stream().map(c -> c.withStates(state, c.lifecycleState())).toList(),
                record.forwardingEntries());
    }

    @Override
    public ConnectivityService delete(String serviceIdOrName) {
        provisioning.lock();
        try {
            ServiceRecord record = find(serviceIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "/input/service-id-or-name", "no connectivity service with uuid or name '" + serviceIdOrName
                    + "'"));
            for (ForwardingEntry entry : record.forwardingEntries()) {
                if (network.driverOf(entry.nodeId()).isEmpty()) {
                    throw new PrestoException(Reason.UNAVAILABLE, null, "cannot remove service " + record.uuid()
                            + ": the driver of node " + entry.nodeId() + " is not available");
                }
            }
            ServiceRecord removing = withLifecycle(record, LifecycleState.PENDING_REMOVAL);
            store.saveService(removing);
            try {
                devices.removeAll(record.forwardingEntries());
            } catch (PrestoException e) {
                store.saveService(record);
                throw e;
            }
            store.deleteService(record.uuid());
            LOG.info("Service {} deleted", record.uuid());
            return removing.service();
        } finally {
            provisioning.unlock();
        }
    }

    private Optional<ServiceRecord> find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new PrestoException(Reason.INVALID_INPUT, "/input/service-id-or-name",
                    "service-id-or-name is required");
        }
        Optional<ServiceRecord> byUuid = store.service(idOrName);
        return byUuid.isPresent() ? byUuid
                : store.services().stream().filter(r -> r.service().isIdentifiedBy(idOrName)).findFirst();
    }

    @Override
    public List<ConnectivityService> services() {
        return store.services().stream().map(this::withOperationalState).map(ServiceRecord::service).toList();
    }

    @Override
    public Optional<ConnectivityService> service(String serviceIdOrName) {
        return find(serviceIdOrName).map(this::withOperationalState).map(ServiceRecord::service);
    }

    @Override
    public List<Connection> connections() {
        return store.services().stream().map(this::withOperationalState)
                .flatMap(r -> r.connections().stream()).toList();
    }

    @Override
    public List<Connection> connections(String serviceUuid) {
        return store.service(serviceUuid).map(this::withOperationalState).stream()
                .flatMap(r -> r.connections().stream()).toList();
    }
}
