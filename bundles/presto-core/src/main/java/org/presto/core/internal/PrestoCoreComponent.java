package org.presto.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.DriverStatus;
import org.presto.core.EventLog;
import org.presto.core.NetworkInventory;
import org.presto.core.PathChoice;
import org.presto.core.PathComputation;
import org.presto.core.PathComputationRequest;
import org.presto.core.PrestoContext;
import org.presto.core.PrestoEvent;
import org.presto.core.RouteConstraints;
import org.presto.core.ServiceLevel;
import org.presto.core.internal.activation.DeviceQueues;
import org.presto.core.internal.inventory.ConnectionEndPoints;
import org.presto.core.internal.inventory.ContextAssembler;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.EventJournal;
import org.presto.core.internal.journal.PublishingStore;
import org.presto.core.internal.paths.PathComputationEngine;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.Context;
import org.presto.model.Node;
import org.presto.model.Path;
import org.presto.model.PathComputationService;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.Topology;
import org.presto.pce.ComputedPath;
import org.presto.pce.PathComputer;
import org.presto.spi.DeviceChange;
import org.presto.spi.NetworkDriver;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the core: the {@link Inventory} follows the driver services, the {@link ServiceLifecycle} provisions over
 * it, and this component offers both as Presto's public services. The two share plain objects rather than private
 * services, so nothing outside the exported API is ever registered.
 */
@Component(service = {NetworkInventory.class, ConnectivityManager.class, PathComputation.class,
    PrestoContext.class, EventLog.class}, configurationPid = PrestoCoreComponent.PID)
@Designate(ocd = CoreConfig.class)
public class PrestoCoreComponent implements NetworkInventory, ConnectivityManager, PathComputation, PrestoContext,
        EventLog {
    public static final String PID = "org.presto.core";
    private static final Logger LOG = LoggerFactory.getLogger(PrestoCoreComponent.class);
    /** How often a driver whose discovery failed is asked again. */
    static final long DISCOVERY_RETRY_SECONDS = 15;

    private final Inventory inventory;
    private final ServiceLifecycle lifecycle;
    private final PathComputationEngine paths;
    private final DeviceQueues deviceQueues;
    private final EventJournal events;
    private volatile EventAdmin eventAdmin;
    private final Reconciliation reconciliation;

    @Activate
    public PrestoCoreComponent(@Reference PrestoStore store, @Reference PathComputer pathComputer,
                               CoreConfig config) {
        this.events = new EventJournal(java.time.Clock.systemUTC());
        // the service lifecycle keeps the services in memory over this (ServiceCache)
        PrestoStore journaled = new PublishingStore(store, events);
        this.inventory = new Inventory(journaled, events);
        this.deviceQueues = new DeviceQueues(config.deviceThreads(),
                Duration.ofSeconds(config.deviceTimeoutSeconds()), config.deviceRetries(), Duration.ofMillis(100));
        this.lifecycle = new ServiceLifecycle(inventory, pathComputer, journaled,
                new SpectrumPlanning(config.spectrumGrid(), config.spectrumPolicy()), deviceQueues);
        this.paths = new PathComputationEngine(inventory, pathComputer, journaled, lifecycle.reads());
        this.reconciliation = new Reconciliation(inventory, lifecycle, DISCOVERY_RETRY_SECONDS);
    }

    /** Lets the request under way finish (up to a minute) before a new instance may reconcile the journal. */
    @Deactivate
    void deactivate() {
        lifecycle.close(Duration.ofMinutes(1));
        reconciliation.close();
        deviceQueues.close();
    }


    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDriver(NetworkDriver driver) {
        inventory.driverAdded(driver);
        reconciliation.recoverUnfinished();
    }

    void unbindDriver(NetworkDriver driver) {
        inventory.driverRemoved(driver);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEventAdmin(EventAdmin admin) {
        eventAdmin = admin;
        events.eventAdmin(admin);
    }

    void unbindEventAdmin(EventAdmin admin) {
        // a greedy replacement binds the new one before unbinding the old
        if (eventAdmin == admin) {
            eventAdmin = null;
            events.eventAdmin(null);
        }
    }

    @Override
    public List<PrestoEvent> recent(int max) {
        return events.recent(max);
    }

    @Override
    public Context context() {
        List<ServiceRecord> records = lifecycle.reads().records();
        return ContextAssembler.context(inventory, records.stream().map(ServiceRecord::service).toList(),
                records.stream().flatMap(r -> r.connections().stream()).toList(), paths.records());
    }

    /** The network with the connection end points of the current connections under their edge points. */
    @Override
    public Topology topology() {
        return ConnectionEndPoints.placed(inventory.topology(), lifecycle.connections());
    }

    /** The served topologies with the connection end points of the current connections under their edge points. */
    @Override
    public List<Topology> topologies() {
        List<Connection> connections = lifecycle.connections();
        return inventory.topologies().stream().map(t -> ConnectionEndPoints.placed(t, connections)).toList();
    }

    @Override
    public PathComputationService computePath(PathComputationRequest request) {
        return paths.computePath(request);
    }

    @Override
    public PathComputationService optimizePath(String pathIdOrName, PathComputationRequest changes) {
        return paths.optimizePath(pathIdOrName, changes);
    }

    @Override
    public PathComputationService deletePath(String pathIdOrName) {
        return paths.deletePath(pathIdOrName);
    }

    @Override
    public List<ComputedPath> explore(PathComputationRequest request, RouteConstraints route, PathChoice choice) {
        return paths.explore(request, route, choice);
    }

    @Override
    public List<PathComputationService> pathComputationServices() {
        return paths.pathComputationServices();
    }

    @Override
    public List<Path> paths() {
        return paths.paths();
    }

    @Override
    public ServiceInterfacePoint updateAdministrativeState(String sipIdOrName, AdministrativeState state) {
        return inventory.updateAdministrativeState(sipIdOrName, state);
    }

    @Override
    public List<ServiceInterfacePoint> serviceInterfacePoints() {
        return inventory.serviceInterfacePoints();
    }

    @Override
    public List<DriverStatus> drivers() {
        return inventory.drivers();
    }

    @Override
    public Optional<Node> node(String nodeIdOrName) {
        return inventory.node(nodeIdOrName);
    }

    @Override
    public List<DeviceChange> deviceConfiguration(String nodeIdOrName) {
        return inventory.deviceConfiguration(nodeIdOrName);
    }

    @Override
    public ConnectivityService create(ConnectivityRequest request) {
        return lifecycle.create(request);
    }

    @Override
    public List<ServiceLevel> serviceLevels() {
        return lifecycle.serviceLevels();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindServiceLevel(ServiceLevelComponent level) {
        lifecycle.levels().add(level.level());
    }

    void unbindServiceLevel(ServiceLevelComponent level) {
        lifecycle.levels().remove(level.level());
    }

    @Override
    public ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update) {
        return lifecycle.update(serviceIdOrName, update);
    }

    @Override
    public ConnectivityService removeEndPoint(String serviceIdOrName, String localId) {
        return lifecycle.removeEndPoint(serviceIdOrName, localId);
    }

    @Override
    public ConnectivityService delete(String serviceIdOrName) {
        return lifecycle.delete(serviceIdOrName);
    }

    @Override
    public List<ConnectivityService> services() {
        return lifecycle.services();
    }

    @Override
    public Optional<ConnectivityService> service(String serviceIdOrName) {
        return lifecycle.service(serviceIdOrName);
    }

    @Override
    public List<Connection> connections() {
        return lifecycle.connections();
    }

    @Override
    public List<Connection> connections(String serviceUuid) {
        return lifecycle.connections(serviceUuid);
    }
}
