package org.presto.core.internal.services;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.presto.core.ConnectivityManager;
import org.presto.core.ConnectivityRequest;
import org.presto.core.ConnectivityUpdate;
import org.presto.core.PrestoException;
import org.presto.core.ServiceLevel;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.activation.DeviceQueues;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.journal.JournalRecovery;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.RouteRequests;
import org.presto.core.internal.planning.ServiceLevels;
import org.presto.core.internal.planning.ServicePlanners;
import org.presto.core.internal.planning.ServiceClaims;
import org.presto.core.internal.journal.ServiceCache;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.update.ServiceUpdate;
import org.presto.model.Connection;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.pce.PathComputer;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service lifecycle: validate, route, journal the intent (PLANNED), configure every node on the route through
 * its driver, and record the result (INSTALLED); delete in reverse.
 * <p>
 * Creates ({@link ServiceCreation}) plan side by side, each on the ledger of what services hold as it is at that
 * moment, and store the new service PLANNED with what it holds claimed in the same transaction ({@link
 * ServiceCache}, {@link ServiceClaims}). The database refuses a claim of what another service took meanwhile, and
 * the create then plans again on the ledger that now shows it, a few times at most: creates on disjoint resources
 * never wait for each other, and two never hold one resource. Updates, deletes and journal recovery take the
 * provisioning lock whole (creates share it, {@link Provisioning}), for an update's plan must stay true until its
 * devices are changed. From PLANNED on the service's record holds what it reserved, and its devices are configured
 * without any lock ({@link InFlight} keeps other requests, and journal recovery, off a service while its devices are
 * at work). Whatever a failure leaves on the devices stays recorded (PENDING_REMOVAL), so it stays reserved and a
 * delete can clear it.
 */
public final class ServiceLifecycle implements ConnectivityManager {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    public static final String END_POINTS = "end-point";

    private final Inventory network;
    private final PathComputer pathComputer;
    private final PrestoStore store;
    private final DeviceActivation devices;
    private final ServiceUpdate updates;
    private final Provisioning provisioning = new Provisioning();
    private final ServiceCache cache;
    private final ServiceCreation creation;
    private final OlderServicesClaims olderServices;
    private final SpectrumPlanning spectrum;
    private final JournalRecovery recovery;
    private final RouteRequests routes;
    private final ServiceLevels levels = new ServiceLevels();
    private final ServiceReads reads;
    private final ServicePlanners planners;

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
        ServiceClaims claims = new ServiceClaims(network);
        this.cache = new ServiceCache(store, claims::of, new ResourceLedger(network));
        this.olderServices = new OlderServicesClaims(network, cache, claims);
        this.store = cache;
        cache.watch();
        this.devices = new DeviceActivation(network, queues, cache);
        this.recovery = new JournalRecovery(network, cache, devices);
        this.routes = new RouteRequests(network, cache);
        this.reads = new ServiceReads(network, cache);
        this.planners = new ServicePlanners(network, pathComputer, routes, spectrum);
        this.creation = new ServiceCreation(provisioning, cache, new NewServicePlanner(network, planners, devices),
                devices, reads);
        this.updates = new ServiceUpdate(network, cache, cache::ledger, devices, routes, pathComputer, recovery,
                spectrum);
    }

    @Override
    public ConnectivityService create(ConnectivityRequest asked) {
        return creation.create(levels.apply(asked));
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
            if (!JournalRecovery.unfinished(seen) || provisioning.closed()) {
                continue;
            }
            // one record at a time, so that requests are not held up behind a whole pass
            Lock whole = provisioning.wholeForRecovery();
            try {
                // a service whose request is still configuring its devices is not abandoned
                Optional<ServiceRecord> record = store.service(seen.uuid()).filter(JournalRecovery::unfinished)
                        .filter(r -> !provisioning.inFlight().contains(r.uuid()));
                if (record.isPresent() && recovery.reachable(record.get()) && recovery.recover(record.get())) {
                    done++;
                }
            } finally {
                whole.unlock();
            }
        }
        if (!provisioning.closed()) {
            olderServices.claim();
        }
        return done;
    }

    /**
     * Refuses new requests and waits, at most the given time, for those under way to finish, so that a new
     * instance of the core (after a configuration change) never mistakes their journal entries for abandoned ones.
     */
    public void close(Duration wait) {
        provisioning.close(wait);
        cache.stopWatching();
    }

    @Override
    public ConnectivityService update(String serviceIdOrName, ConnectivityUpdate update) {
        Lock whole = provisioning.whole();
        try {
            ServiceRecord record = reads.require(serviceIdOrName);
            provisioning.inFlight().refuse(record.uuid());
            ServiceRecord updated = updates.apply(record, update);
            LOG.info("Service {} updated", record.uuid());
            return reads.stated(updated).service();
        } finally {
            whole.unlock();
        }
    }

    @Override
    public ConnectivityService removeEndPoint(String serviceIdOrName, String localId) {
        Lock whole = provisioning.whole();
        try {
            ServiceRecord record = reads.require(serviceIdOrName);
            provisioning.inFlight().refuse(record.uuid());
            ServiceRecord updated = updates.removeEndPoint(record, localId);
            LOG.info("Service {}: end point {} removed", record.uuid(), localId);
            return reads.stated(updated).service();
        } finally {
            whole.unlock();
        }
    }

    @Override
    public ConnectivityService delete(String serviceIdOrName) {
        ServiceRecord record;
        ServiceRecord removing;
        Lock whole = provisioning.whole();
        try {
            record = reads.require(serviceIdOrName);
            provisioning.inFlight().refuse(record.uuid());
            devices.requireDrivers(record.changes());
            // PENDING_REMOVAL keeps its resources reserved until the devices are clean and the record is gone
            removing = store.saveService(StoredService.withLifecycle(record, LifecycleState.PENDING_REMOVAL));
            provisioning.inFlight().begin(record.uuid());
        } finally {
            whole.unlock();
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
            provisioning.inFlight().end(record.uuid());
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

    /** The store as this lifecycle writes it: services kept in memory, what they hold claimed. */
    public PrestoStore store() {
        return cache;
    }

    /** The services as they are read now, for the rest of the core. */
    public ServiceReads reads() {
        return reads;
    }
}
