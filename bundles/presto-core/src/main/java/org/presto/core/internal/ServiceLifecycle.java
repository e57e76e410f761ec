package org.presto.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.RouteConstraints;
import org.presto.core.ServiceLevel;
import org.presto.model.AdministrativeState;
import org.presto.model.Capacity;
import org.presto.model.Connection;
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
import org.presto.pce.PathComputer;
import org.presto.pce.Waypoint;
import org.presto.spi.UniPolicy;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service lifecycle: validate, route, journal the intent (PLANNED), configure every node on the route through
 * its driver, and record the result (INSTALLED); delete in reverse. Provisioning is serialised by one lock so that
 * the reservations derived from the store stay true until the new service is stored. Whatever a failure leaves on
 * the devices stays recorded (PENDING_REMOVAL), so it stays reserved and a delete can clear it.
 */
final class ServiceLifecycle implements ConnectivityManager {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    static final String END_POINTS = "/input/end-point";

    private final Inventory network;
    private final PathComputer pathComputer;
    private final PrestoStore store;
    private final DeviceActivation devices;
    private final ServiceUpdate updates;
    private final ReentrantLock provisioning = new ReentrantLock();
    private final SpectrumPlanning spectrum;
    private final JournalRecovery recovery;
    private final RouteRequests routes;
    private final ServiceLevels levels = new ServiceLevels();
    private final ServicePlanner pointToPoint;
    private final ServicePlanner multipoint;
    private final ServicePlanner photonic;
    private volatile boolean closed;

    ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store) {
        this(network, pathComputer, store, SpectrumPlanning.DEFAULT);
    }

    ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store, SpectrumPlanning spectrum) {
        this(network, pathComputer, store, spectrum, new DeviceQueues(8, Duration.ofSeconds(30)));
    }

    ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store, SpectrumPlanning spectrum,
                     DeviceQueues queues) {
        this.spectrum = spectrum;
        this.network = network;
        this.pathComputer = pathComputer;
        this.store = store;
        this.devices = new DeviceActivation(network, queues, store);
        this.recovery = new JournalRecovery(network, store, devices);
        this.routes = new RouteRequests(network, store);
        this.pointToPoint = new PointToPointEthernetPlanner(network, pathComputer, routes);
        this.multipoint = new MultipointEthernetPlanner(network, pathComputer, routes);
        this.photonic = new PhotonicPlanner(network, pathComputer, routes, spectrum);
        this.updates = new ServiceUpdate(network, store, devices, routes, pathComputer, recovery,
                spectrum);
    }

    @Override
    public ConnectivityService create(ConnectivityRequest asked) {
        ConnectivityRequest request = levels.apply(asked);
        lock();
        try {
            List<ValidatedEndPoint> ends = RequestValidator.validate(request, network);
            LayerProtocolName layer = RequestValidator.serviceLayer(request, network);
            EvcAttributes.check(request.connectivityResource(), request.serviceType(), ends, layer);
            ResourceLedger ledger = new ResourceLedger(store.services(), network);
            long kbps = request.requestedCapacity() == null ? 0 : request.requestedCapacity().toKbps();
            checkEndPointResources(ends, ledger, kbps);
            Map<String, UniPolicy> policies = layer == LayerProtocolName.OTSiA ? Map.of()
                    : EndPointPolicies.of(ends, request.requestedCapacity(), request.connectivityResource());
            String uuid = UUID.randomUUID().toString();
            ServicePlan plan = planner(layer, request.serviceType()).plan(uuid, ends, request, kbps, policies,
                    ledger);
            devices.requireDrivers(plan.changes());
            devices.requireCapable(plan.changes(), EndPointPolicies.paths(ends), null);
            ServiceRecord planned = store.saveService(new ServiceRecord(service(uuid, request, ends, plan, layer),
                    plan.connections, plan.entries, plan.channels, plan.bridges, 0));
            try {
                devices.installAll(plan.changes());
            } catch (DeviceActivation.Failure failure) {
                keepWhatIsLeft(planned, failure.leftOnDevices(), failure);
                throw failure;
            }
            ServiceRecord installed;
            try {
                installed = store.saveService(withLifecycle(planned, LifecycleState.INSTALLED));
            } catch (StoreException e) {
                undoAfterStoreFailure(planned, e);
                throw e;
            }
            LOG.info("Service {} installed: {}", uuid, plan.summary);
            return stated(installed).service();
        } finally {
            provisioning.unlock();
        }
    }

    /** The planner for a kind of service: photonic by its layer, Ethernet by its type. */
    private ServicePlanner planner(LayerProtocolName layer, ServiceType type) {
        if (layer == LayerProtocolName.OTSiA) {
            return photonic;
        }
        return type == ServiceType.MULTIPOINT_CONNECTIVITY || type == ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY
                ? multipoint : pointToPoint;
    }

    /** After a failed change: forget the record if the devices are clean, else keep what they still hold. */
    private void keepWhatIsLeft(ServiceRecord record, List<DeviceChange> left, RuntimeException failure) {
        try {
            if (left.isEmpty()) {
                store.deleteService(record);
            } else {
                ServiceRecord disabled = record.with(record.service().withStates(OperationalState.DISABLED,
                        LifecycleState.PENDING_REMOVAL), record.connections(), record.forwardingEntries());
                store.saveService(DeviceChange.holding(disabled, left));
                LOG.error("Service {} keeps configuration on nodes {} after a failure; delete it to retry",
                        record.uuid(), left.stream().map(DeviceChange::nodeId).distinct().toList());
            }
        } catch (StoreException e) {
            // the PLANNED journal entry stays: it names every entry that may be on the devices
            failure.addSuppressed(e);
        }
    }

    private void undoAfterStoreFailure(ServiceRecord planned, StoreException storeFailure) {
        try {
            devices.removeAll(DeviceChange.reversed(DeviceChange.of(planned)));
            keepWhatIsLeft(planned, List.of(), storeFailure);
        } catch (DeviceActivation.Failure failure) {
            storeFailure.addSuppressed(failure);
            keepWhatIsLeft(planned, failure.leftOnDevices(), storeFailure);
        }
    }

    private static void checkEndPointResources(List<ValidatedEndPoint> ends, ResourceLedger ledger, long kbps) {
        for (int i = 0; i < ends.size(); i++) {
            checkEndPointResources(List.of(ends.get(i)), ledger, kbps, "/input/end-point[" + i + "]");
        }
    }

    /** The end points' CE-VLANs are free on their ports and their SIPs have the capacity left; path names them. */
    static void checkEndPointResources(List<ValidatedEndPoint> ends, ResourceLedger ledger, long kbps, String path) {
        for (ValidatedEndPoint end : ends) {
            Optional<String> user = ledger.vlanUser(end.location().nepId(), end.ceVlan());
            if (user.isPresent()) {
                throw new PrestoException(Reason.CONFLICT, path
                        + "/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag",
                        "CE-VLAN " + end.ceVlan() + " is already used on service interface point "
                                + end.location().sip().uuid() + " by service " + user.get());
            }
            Capacity capacity = end.location().sip().totalPotentialCapacity();
            long inUse = ledger.sipKbpsInUse(end.location().sip().uuid());
            if (capacity != null && kbps > 0 && inUse + kbps > capacity.toKbps()) {
                throw new PrestoException(Reason.CONFLICT, path + "/service-interface-point", "service interface "
                        + "point " + end.location().sip().uuid() + " has " + (capacity.toKbps() - inUse)
                        + " kbit/s left, " + kbps + " kbit/s requested");
            }
        }
    }

    @Override
    public List<ServiceLevel> serviceLevels() {
        return levels.all();
    }

    /** The service levels on offer, which the core component keeps up to date. */
    ServiceLevels levels() {
        return levels;
    }

    private ConnectivityService service(String uuid, ConnectivityRequest request,
                                               List<ValidatedEndPoint> ends, ServicePlan plan,
                                               LayerProtocolName layer) {
        List<ConnectivityServiceEndPoint> endPoints = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            ConnectivityServiceEndPoint ep = ends.get(i).endPoint();
            endPoints.add(stored(ep, ep.localId() != null ? ep.localId() : "ep-" + (i + 1), layer,
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
                .excludeNode(route.excludedNodeIds().stream().sorted().map(id -> new NodeRef(network.topologyOf(id), id)).toList())
                .excludeLink(route.excludedLinkIds().stream().sorted().map(id -> new LinkRef(network.topologyOfLink(id), id)).toList())
                .latencyCharacteristic(route.latencyBound())
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
    static ConnectivityServiceEndPoint stored(ConnectivityServiceEndPoint ep, String localId, LayerProtocolName layer,
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

    private static ServiceRecord withLifecycle(ServiceRecord record, LifecycleState lifecycle) {
        return record.with(record.service().withStates(record.service().operationalState(), lifecycle),
                record.connections().stream().map(c -> c.withStates(c.operationalState(), lifecycle)).toList(),
                record.forwardingEntries(), record.mediaChannels());
    }

    /**
     * States as of now: a service is ENABLED only when it is INSTALLED, not LOCKED, and every node it is
     * configured on is available.
     */
    private ServiceRecord stated(ServiceRecord record) {
        boolean up = record.service().lifecycleState() == LifecycleState.INSTALLED
                && record.service().administrativeState() != AdministrativeState.LOCKED
                && DeviceChange.of(record).stream().map(DeviceChange::nodeId).distinct()
                .allMatch(node -> network.driverOf(node).isPresent());
        OperationalState state = up ? OperationalState.ENABLED : OperationalState.DISABLED;
        return record.with(record.service().withStates(state, record.service().lifecycleState()),
                record.connections().stream().map(c -> c.withStates(state, c.lifecycleState())).toList(),
                record.forwardingEntries(), record.mediaChannels());
    }

    /**
     * Reconciles every service a stopped Presto left PLANNED or PENDING_REMOVAL whose nodes' drivers are present:
     * rolled back, or its removal finished (see {@link JournalRecovery}). Run on start and whenever a driver
     * arrives; returns how many were reconciled.
     */
    int recoverUnfinished() {
        int done = 0;
        for (ServiceRecord seen : store.services()) {
            if (!JournalRecovery.unfinished(seen) || closed) {
                continue;
            }
            // one record at a time, so that requests are not held up behind a whole pass
            provisioning.lock();
            try {
                Optional<ServiceRecord> record = store.service(seen.uuid()).filter(JournalRecovery::unfinished);
                if (record.isPresent() && recovery.reachable(record.get()) && recovery.recover(record.get())) {
                    done++;
                }
            } finally {
                provisioning.unlock();
            }
        }
        return done;
    }

    /** Takes the provisioning lock for a request; refused once the core is closing. */
    private void lock() {
        provisioning.lock();
        if (closed) {
            provisioning.unlock();
            throw new PrestoException(Reason.UNAVAILABLE, null, "Presto's core is restarting; try again");
        }
    }

    /**
     * Refuses new requests and waits, at most the given time, for the one under way to finish, so that a new
     * instance of the core (after a configuration change) never mistakes its journal entry for an abandoned one.
     */
    void close(java.time.Duration wait) {
        closed = true;
        try {
            if (provisioning.tryLock(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                provisioning.unlock();
            } else {
                LOG.warn("A request was still running after {}; the journal recovery will reconcile it", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update) {
        lock();
        try {
            ServiceRecord record = find(serviceIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "/input/service-id-or-name", "no connectivity service with uuid or name '" + serviceIdOrName
                    + "'"));
            ServiceRecord updated = updates.apply(record, update);
            LOG.info("Service {} updated", record.uuid());
            return stated(updated).service();
        } finally {
            provisioning.unlock();
        }
    }

    @Override
    public ConnectivityService removeEndPoint(String serviceIdOrName, String localId) {
        lock();
        try {
            ServiceRecord record = find(serviceIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "/input/service-id-or-name", "no connectivity service with uuid or name '" + serviceIdOrName
                    + "'"));
            ServiceRecord updated = updates.removeEndPoint(record, localId);
            LOG.info("Service {}: end point {} removed", record.uuid(), localId);
            return stated(updated).service();
        } finally {
            provisioning.unlock();
        }
    }

    @Override
    public ConnectivityService delete(String serviceIdOrName) {
        lock();
        try {
            ServiceRecord record = find(serviceIdOrName).orElseThrow(() -> new PrestoException(Reason.NOT_FOUND,
                    "/input/service-id-or-name", "no connectivity service with uuid or name '" + serviceIdOrName
                    + "'"));
            devices.requireDrivers(DeviceChange.of(record));
            ServiceRecord removing = store.saveService(withLifecycle(record, LifecycleState.PENDING_REMOVAL));
            try {
                devices.removeAll(DeviceChange.reversed(DeviceChange.of(record)));
            } catch (DeviceActivation.Failure failure) {
                store.saveService(DeviceChange.holding(removing, failure.leftOnDevices()));
                throw new PrestoException(failure.reason(), null, failure.getMessage() + "; the service stays "
                        + "PENDING_REMOVAL with what is left on those nodes, delete it again to retry", failure);
            }
            store.deleteService(removing);
            LOG.info("Service {} deleted", record.uuid());
            return stated(removing).service();
        } finally {
            provisioning.unlock();
        }
    }


    private Optional<ServiceRecord> find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new PrestoException(Reason.INVALID_INPUT, "/input/service-id-or-name",
                    "service-id-or-name is required");
        }
        return RouteRequests.find(store, idOrName);
    }

    @Override
    public List<ConnectivityService> services() {
        return store.services().stream().map(this::stated).map(ServiceRecord::service).toList();
    }

    @Override
    public Optional<ConnectivityService> service(String serviceIdOrName) {
        return find(serviceIdOrName).map(this::stated).map(ServiceRecord::service);
    }

    /** Bandwidth in kbit/s the services reserve per link uuid. */
    Map<String, Long> linkKbpsInUse() {
        return new ResourceLedger(store.services(), network).linkKbpsInUse();
    }

    /** Every service with its connections, read from the store at one moment and stated as the network is now. */
    List<ServiceRecord> records() {
        return store.services().stream().map(this::stated).toList();
    }

    @Override
    public List<Connection> connections() {
        return store.services().stream().map(this::stated).flatMap(r -> r.connections().stream()).toList();
    }

    @Override
    public List<Connection> connections(String serviceUuid) {
        return store.service(serviceUuid).map(this::stated).stream().flatMap(r -> r.connections().stream())
                .toList();
    }
}
