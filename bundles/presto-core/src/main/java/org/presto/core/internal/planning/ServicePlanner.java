package org.presto.core.internal.planning;

import java.util.List;
import java.util.Map;
import org.presto.core.ConnectivityRequest;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.spi.UniPolicy;

/**
 * Plans a new service of one kind: its route or tree, the resources it takes and what each device is to be given,
 * before anything is stored or touched. One planner per kind, as ONOS compiles each kind of intent with its own
 * compiler; {@link ServiceLifecycle} chooses one and carries the plan out.
 */
public interface ServicePlanner {
    /**
     * @param uuid     the new service's uuid
     * @param ends     the validated end points
     * @param request  the request, with its objective and route constraints
     * @param kbps     the capacity asked for, in kbit/s
     * @param policies what to enforce at each end point's UNI, by edge point
     * @param ledger   what the existing services hold
     * @throws org.presto.core.PrestoException when the network cannot carry the service (409) or the request asks
     *                                         what this kind cannot do (400)
     */
    ServicePlan plan(String uuid, List<ValidatedEndPoint> ends, ConnectivityRequest request, long kbps,
                     Map<String, UniPolicy> policies, ResourceLedger ledger);
}
