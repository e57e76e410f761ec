package org.presto.core.internal.services;

import java.time.Duration;
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
import org.presto.core.ServiceLevel;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.activation.DeviceQueues;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.JournalRecovery;
import org.presto.core.internal.planning.EndPointPolicies;
import org.presto.core.internal.planning.EndPointResources;
import org.presto.core.internal.planning.EvcAttributes;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServiceLevels;
import org.presto.core.internal.planning.ServicePlan;
import org.presto.core.internal.planning.ServicePlanners;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.core.internal.update.ServiceUpdate;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.OperationalState;
import org.presto.pce.PathComputer;
import org.presto.spi.DeviceChange;
import org.presto.spi.UniPolicy;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service lifecycle: validate, route, journal the intent (PLANNED), configure every node on the route through
 * its driver, and record the result (INSTALLED); delete in reverse. Planning is serialised by one lock so that the
 * reservations derived from the store stay true until the new service is stored PLANNED; from then on its record
 * holds what it reserved, and its devices are configured outside the lock, in parallel with other requests
 * ({@link InFlight} keeps other requests, and journal recovery, off a service while its devices are at work). A
 * delete likewise stores PENDING_REMOVAL under the lock and clears the devices outside it. Whatever a failure leaves
 * on the devices stays recorded (PENDING_REMOVAL), so it stays reserved and a delete can clear it.
 */
public final class ServiceLifecycle implements ConnectivityManager {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    public static final String END_POINTS = "end-point";

    private final Inventory network;
    private final PathComputer pathComputer;
    private final PrestoStore store;
    private final DeviceActivation devices;
    private final ServiceUpdate updates;
    private final ReentrantLock provisioning = new ReentrantLock();
    private final InFlight inFlight = new InFlight();
    private final SpectrumPlanning spectrum;
    private final JournalRecovery recovery;
    private final RouteRequests routes;
    private final ServiceLevels levels = new ServiceLevels();
    private final ServiceReads reads;
    private final ServicePlanners planners;
    private volatile boolean closed;

    public ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store) {
        this(network, pathComputer, store, SpectrumPlanning.DEFAULT);
    }

    public ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store,
            SpectrumPlanning spectrum) {
        this(network, pathComputer, store, spectrum, new DeviceQueues(8, Duration.ofSeconds(30)));
    }

    public ServiceLifecycle(Inventory network, PathComputer pathComputer, PrestoStore store, SpectrumPlanning spectrum,
                     DeviceQueues queues) {
        this.spectrum = spectrum;
        this.network = network;
        this.pathComputer = pathComputer;
        this.store = store;
        this.devices = new DeviceActivation(network, queues, store);
        this.recovery = new JournalRecovery(network, store, devices);
        this.routes = new RouteRequests(network, store);
        this.reads = new ServiceReads(network, store);
        this.planners = new ServicePlanners(network, pathComputer, routes, spectrum);
        this.updates = new ServiceUpdate(network, store, devices, routes, pathComputer, recovery,
                spectrum);
    }

    @Override
    public ConnectivityService create(ConnectivityRequest asked) {
        ConnectivityRequest request = levels.apply(asked);
        ServicePlan plan;
        ServiceRecord planned;
        lock();
        try {
            List<ValidatedEndPoint> ends = RequestValidator.validate(request, network);
            LayerProtocolName layer = RequestValidator.serviceLayer(request, network);
            EvcAttributes.check(request.connectivityResource(), request.serviceType(), ends, layer);
            ResourceLedger ledger = new ResourceLedger(store.services(), network);
            long kbps = request.requestedCapacity() == null ? 0 : request.requestedCapacity().toKbps();
            EndPointResources.check(ends, ledger, kbps);
            Map<String, UniPolicy> policies = layer == LayerProtocolName.OTSiA ? Map.of()
                    : EndPointPolicies.of(ends, request.requestedCapacity(), request.connectivityResource());
            String uuid = UUID.randomUUID().toString();
            plan = planners.of(layer, request.serviceType()).plan(uuid, ends, request, kbps, policies, ledger);
            devices.requireDrivers(plan.changes());
            devices.requireCapable(plan.changes(), EndPointPolicies.paths(ends), null);
            // stored PLANNED, the service reserves what it will use: the lock is not needed while devices work
            planned = store.saveService(ServiceRecord.of(StoredService.of(uuid, request, ends, plan, layer,
                    network), plan.connections, plan.changes()));
            inFlight.begin(uuid);
        } finally {
            provisioning.unlock();
        }
        try {
            try {
                devices.installAll(plan.changes());
            } catch (DeviceActivation.Failure failure) {
                keepWhatIsLeft(planned, failure.leftOnDevices(), failure);
                throw failure;
            }
            ServiceRecord installed;
            try {
                installed = store.saveService(StoredService.withLifecycle(planned, LifecycleState.INSTALLED));
            } catch (StoreException e) {
                undoAfterStoreFailure(planned, e);
                throw e;
            }
            LOG.info("Service {} installed: {}", planned.uuid(), plan.summary);
            return reads.stated(installed).service();
        } finally {
            inFlight.end(planned.uuid());
        }
    }

    /** After a failed change: forget the record if the devices are clean, else keep what they still hold. */
    private void keepWhatIsLeft(ServiceRecord record, List<DeviceChange> left, RuntimeException failure) {
        try {
            if (left.isEmpty()) {
                store.deleteService(record);
            } else {
                store.saveService(record.with(record.service().withStates(OperationalState.DISABLED,
                        LifecycleState.PENDING_REMOVAL), record.connections(), left));
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
            devices.removeAllNewestFirst(planned.changes());
            keepWhatIsLeft(planned, List.of(), storeFailure);
        } catch (DeviceActivation.Failure failure) {
            storeFailure.addSuppressed(failure);
            keepWhatIsLeft(planned, failure.leftOnDevices(), storeFailure);
        }
    }

    @Override
    public List<ServiceLevel> serviceLevels() {
        return levels.all();
    }

    /** The service levels on offer, which the core component keeps up to date. */
    public ServiceLevels levels() {
        return levels;
    }

    /**
     * Reconciles every service a stopped Presto left PLANNED or PENDING_REMOVAL whose nodes' drivers are present:
     * rolled back, or its removal finished (see {@link JournalRecovery}). Run on start and whenever a driver
     * arrives; returns how many were reconciled.
     */
    public int recoverUnfinished() {
        int done = 0;
        for (ServiceRecord seen : store.services()) {
            if (!JournalRecovery.unfinished(seen) || closed) {
                continue;
            }
            // one record at a time, so that requests are not held up behind a whole pass
            provisioning.lock();
            try {
                // a service whose request is still configuring its devices is not abandoned
                Optional<ServiceRecord> record = store.service(seen.uuid()).filter(JournalRecovery::unfinished)
                        .filter(r -> !inFlight.contains(r.uuid()));
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
    public void close(java.time.Duration wait) {
        closed = true;
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (provisioning.tryLock(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                provisioning.unlock();
                if (inFlight.awaitNone(deadline)) {
                    return;
                }
            }
            LOG.warn("A request was still running after {}; the journal recovery will reconcile it", wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update) {
        lock();
        try {
            ServiceRecord record = reads.require(serviceIdOrName);
            inFlight.refuse(record.uuid());
            ServiceRecord updated = updates.apply(record, update);
            LOG.info("Service {} updated", record.uuid());
            return reads.stated(updated).service();
        } finally {
            provisioning.unlock();
        }
    }

    @Override
    public ConnectivityService removeEndPoint(String serviceIdOrName, String localId) {
        lock();
        try {
            ServiceRecord record = reads.require(serviceIdOrName);
            inFlight.refuse(record.uuid());
            ServiceRecord updated = updates.removeEndPoint(record, localId);
            LOG.info("Service {}: end point {} removed", record.uuid(), localId);
            return reads.stated(updated).service();
        } finally {
            provisioning.unlock();
        }
    }

    @Override
    public ConnectivityService delete(String serviceIdOrName) {
        ServiceRecord record;
        ServiceRecord removing;
        lock();
        try {
            record = reads.require(serviceIdOrName);
            inFlight.refuse(record.uuid());
            devices.requireDrivers(record.changes());
            // PENDING_REMOVAL keeps its resources reserved until the devices are clean and the record is gone
            removing = store.saveService(StoredService.withLifecycle(record, LifecycleState.PENDING_REMOVAL));
            inFlight.begin(record.uuid());
        } finally {
            provisioning.unlock();
        }
        try {
            try {
                devices.removeAllNewestFirst(record.changes());
            } catch (DeviceActivation.Failure failure) {
                store.saveService(removing.holding(failure.leftOnDevices()));
                throw new PrestoException(failure.reason(), null, failure.getMessage() + "; the service stays "
                        + "PENDING_REMOVAL with what is left on those nodes, delete it again to retry", failure);
            }
            store.deleteService(removing);
            LOG.info("Service {} deleted", record.uuid());
            return reads.stated(removing).service();
        } finally {
            inFlight.end(record.uuid());
        }
    }

    @Override
    public List<ConnectivityService> services() {
        return reads.services();
    }

    @Override
    public Optional<ConnectivityService> service(String serviceIdOrName) {
        return reads.service(serviceIdOrName);
    }

    @Override
    public List<Connection> connections() {
        return reads.connections();
    }

    @Override
    public List<Connection> connections(String serviceUuid) {
        return reads.connections(serviceUuid);
    }

    /** The services as they are read now, for the rest of the core. */
    public ServiceReads reads() {
        return reads;
    }
}
