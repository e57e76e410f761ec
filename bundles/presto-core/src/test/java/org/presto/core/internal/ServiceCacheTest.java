package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.internal.journal.ServiceCache;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.ServiceClaims;
import org.presto.model.ConnectivityService;
import org.presto.model.Name;
import org.presto.store.ServiceRecord;

/** Services named as clients name them, answered from the cache's index as the store would answer them. */
class ServiceCacheTest {
    @TempDir
    Path dir;

    @Test
    void aNameFindsTheFirstServiceOfThatNameByUuidAndFollowsRenamesAndDeletes() throws Exception {
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            ConnectivityService first = net.connectivity.create(named(net, "evc", "pe1-uni-1", "pe3-uni-1", 100));
            ConnectivityService second = net.connectivity.create(named(net, "evc", "pe1-uni-2", "pe3-uni-2", 100));
            ConnectivityService other = net.connectivity.create(named(net, "other", "pe2-uni-1", "pe4-uni-1", 100));
            ServiceCache cache = new ServiceCache(net.store, new ServiceClaims(net.inventory)::of,
                    new ResourceLedger(net.inventory));
            String firstByUuid = first.uuid().compareTo(second.uuid()) < 0 ? first.uuid() : second.uuid();
            for (String idOrName : List.of("evc", "other", other.uuid(), "nothing")) {
                assertEquals(net.store.serviceByIdOrName(idOrName).map(ServiceRecord::uuid),
                        cache.serviceByIdOrName(idOrName).map(ServiceRecord::uuid), idOrName);
            }
            assertEquals(Optional.of(firstByUuid), cache.serviceByIdOrName("evc").map(ServiceRecord::uuid));

            ServiceRecord renamed = cache.service(firstByUuid).orElseThrow();
            cache.saveService(renamed.with(renamed.service().withName(List.of(new Name("name", "renamed"))),
                    renamed.connections(), renamed.changes()));
            String remaining = firstByUuid.equals(first.uuid()) ? second.uuid() : first.uuid();
            assertEquals(Optional.of(remaining), cache.serviceByIdOrName("evc").map(ServiceRecord::uuid));
            assertEquals(Optional.of(firstByUuid), cache.serviceByIdOrName("renamed").map(ServiceRecord::uuid));
            assertTrue(cache.deleteService(cache.service(remaining).orElseThrow()));
            assertEquals(Optional.empty(), cache.serviceByIdOrName("evc"));
        }
    }

    private static ConnectivityRequest named(DemoNetworkFixture net, String name, String a, String z, int vlan) {
        return new ConnectivityRequest(List.of(new Name("name", name)), List.of(net.endPoint(a, vlan, null),
                net.endPoint(z, vlan, null)), null, null, null);
    }
}
