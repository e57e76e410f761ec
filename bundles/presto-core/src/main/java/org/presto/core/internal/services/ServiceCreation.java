package org.presto.core.internal.services;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.internal.activation.DeviceActivation;
import org.presto.core.internal.journal.ServiceCache;
import org.presto.core.internal.services.NewServicePlanner.Planned;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.model.OperationalState;
import org.presto.spi.DeviceChange;
import org.presto.store.ResourceTakenException;
import org.presto.store.ServiceRecord;
import org.presto.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a service: plans it on the ledger as it is, stores it PLANNED with what it holds claimed (planning again, a
 * few times at most, when a claim finds what the plan chose taken by a service stored meanwhile, here or on another
 * node), configures its devices with no lock held, and stores it INSTALLED; after a failure, forgets it if its
 * devices are clean, else keeps it PENDING_REMOVAL holding what is left on them.
 */
final class ServiceCreation {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    /** How many times a create plans again after a claim found its resources taken. */
    private static final int PLANS = 8;

    private final Provisioning provisioning;
    private final ServiceCache store;
    private final NewServicePlanner newServices;
    private final DeviceActivation devices;
    private final ServiceReads reads;

    ServiceCreation(Provisioning provisioning, ServiceCache store, NewServicePlanner newServices,
                    DeviceActivation devices, ServiceReads reads) {
        this.provisioning = provisioning;
        this.store = store;
        this.newServices = newServices;
        this.devices = devices;
        this.reads = reads;
    }

    ConnectivityService create(ConnectivityRequest request) {
        String uuid = UUID.randomUUID().toString();
        Planned planned = planned(uuid, request);
        try {
            try {
                devices.installAll(planned.plan().changes());
            } catch (DeviceActivation.Failure failure) {
                keepWhatIsLeft(planned.record(), failure.leftOnDevices(), failure);
                throw failure;
            }
            ServiceRecord installed;
            try {
                installed = store.saveService(StoredService.withLifecycle(planned.record(), LifecycleState.INSTALLED));
            } catch (StoreException e) {
                undoAfterStoreFailure(planned.record(), e);
                throw e;
            }
            LOG.info("Service {} installed: {}", uuid, planned.plan().summary);
            return reads.stated(installed).service();
        } finally {
            provisioning.inFlight().end(uuid);
        }
    }

    /**
     * Plans the service and stores it PLANNED, planning again when a claim finds what the plan chose taken by a
     * service stored meanwhile. On return the service is in flight: its devices are the caller's to configure.
     */
    private Planned planned(String uuid, ConnectivityRequest request) {
        for (int attempt = 1; ; attempt++) {
            Lock shared = provisioning.shared();
            try {
                // the VLANs the plan chooses are pencilled in, so that plans side by side choose different ones
                Planned plan = newServices.plan(uuid, request, store.ledger().planning(uuid));
                provisioning.inFlight().begin(uuid);
                try {
                    return plan.stored(store.saveService(plan.record()));
                } catch (RuntimeException e) {
                    provisioning.inFlight().end(uuid);
                    throw e;
                }
            } catch (RuntimeException e) {
                store.ledger().erase(uuid);
                if (!(e instanceof ResourceTakenException taken)) {
                    throw e;
                }
                if (attempt == PLANS) {
                    throw new PrestoException(Reason.CONFLICT, null, "the resources planned for the service were "
                            + "taken by other services " + PLANS + " times while it was planned (last: "
                            + taken.getMessage() + "); try again", taken);
                }
                LOG.debug("Service {}: {}; planning again", uuid, taken.getMessage());
                if (taken.holder() != null) {
                    // a service another node (or a Presto before this one) stored that memory may not have
                    store.reload(taken.holder());
                }
            } finally {
                shared.unlock();
            }
            // the service that took it is in the ledger once its writer has stored it: a moment later
            sleepMillis(ThreadLocalRandom.current().nextInt(1, 1 << Math.min(attempt, 6)));
        }
    }

    private static void sleepMillis(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrestoException(Reason.UNAVAILABLE, null, "interrupted while planning; try again");
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
}
