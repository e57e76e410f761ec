package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException;
import org.presto.core.PrestoException.Reason;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.model.ConnectivityService;
import org.presto.model.LifecycleState;
import org.presto.spi.DeviceChange;
import org.presto.spi.DriverException;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.ForwardingNetworkDriver;
import org.presto.store.ServiceRecord;

/**
 * Devices are configured outside the provisioning lock: while one service's devices are held busy (a slow node),
 * services on other nodes are created and deleted; the busy one is reserved (PLANNED), refused to other requests and
 * left alone by journal recovery, and installs once its node answers.
 */
class ConcurrentProvisioningTest {
    @TempDir
    Path dir;

    @Test
    void aSlowNodeHoldsUpOnlyItsOwnService() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> slowNode = new AtomicReference<>();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir, emulator -> new ForwardingNetworkDriver(emulator) {
            @Override
            public UndoRecord install(DeviceChange change) throws DriverException {
                if (change.nodeId().equals(slowNode.get())) {
                    entered.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.install(change);
            }
        })) {
            // the demo network is a ring pe1..pe6 (and pe1-pe4): pe2-pe3 and pe5-pe6 share no node
            ConnectivityService existing = net.connectivity.create(eLine(net, "pe5-uni-2", "pe6-uni-2", 300));
            slowNode.set(net.node("pe2"));
            Future<ConnectivityService> slow = client.submit(() -> net.connectivity.create(eLine(net, "pe2-uni-1",
                    "pe3-uni-1", 100)));
            assertTrue(entered.await(20, TimeUnit.SECONDS), "the slow create reached its node");

            ConnectivityService other = net.connectivity.create(eLine(net, "pe5-uni-1", "pe6-uni-1", 100));
            assertEquals(LifecycleState.INSTALLED, other.lifecycleState());
            net.connectivity.delete(existing.uuid());
            ServiceRecord held = net.store.services().stream()
                    .filter(r -> r.service().lifecycleState() == LifecycleState.PLANNED).findFirst().orElseThrow();
            // its CE-VLAN is reserved while its devices are at work
            assertEquals(Reason.CONFLICT, assertThrows(PrestoException.class,
                    () -> net.connectivity.create(eLine(net, "pe2-uni-1", "pe3-uni-1", 100))).reason());
            assertEquals(Reason.CONFLICT, assertThrows(PrestoException.class,
                    () -> net.connectivity.delete(held.uuid())).reason());
            assertEquals(0, net.connectivity.recoverUnfinished(), "not abandoned: its request is under way");

            release.countDown();
            ConnectivityService installed = slow.get(20, TimeUnit.SECONDS);
            assertEquals(held.uuid(), installed.uuid());
            assertEquals(LifecycleState.INSTALLED, installed.lifecycleState());
            net.connectivity.delete(installed.uuid());
            assertEquals(List.of(other.uuid()), net.connectivity.services().stream().map(ConnectivityService::uuid)
                    .toList());
        } finally {
            release.countDown();
            client.shutdownNow();
        }
    }

    /**
     * Two Presto nodes on one database (each its own inventory, lifecycle and memory, driving the same EMS), 2 x 12
     * creates at once between one pair of SIPs of 10 Gbit/s, each asking 3 Gbit/s on a CE-VLAN of its own: exactly
     * three fit, and no VLAN on any port is held by two services, whichever node planned them on what it knew.
     */
    @Test
    void twoNodesOnOneDatabaseNeverDoubleBook() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(24);
        try (DemoNetworkFixture net = new DemoNetworkFixture(dir)) {
            org.presto.core.internal.inventory.Inventory secondInventory =
                    new org.presto.core.internal.inventory.Inventory(net.database);
            secondInventory.driverAdded(net.emulator);
            ServiceLifecycle second = new ServiceLifecycle(secondInventory, new PathComputerComponent(),
                    net.database);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> creates = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ServiceLifecycle node = i % 2 == 0 ? net.connectivity : second;
                ConnectivityRequest request = new ConnectivityRequest(null, List.of(
                        net.endPoint("pe1-uni-1", 100 + i, null), net.endPoint("pe3-uni-1", 100 + i, null)),
                        null, org.presto.model.Capacity.mbps(3_000), null);
                creates.add(clients.submit(() -> {
                    start.await();
                    try {
                        return node.create(request).lifecycleState() == LifecycleState.INSTALLED;
                    } catch (PrestoException e) {
                        assertEquals(Reason.CONFLICT, e.reason(), e.getMessage());
                        return false;
                    }
                }));
            }
            start.countDown();
            int installed = 0;
            for (Future<Boolean> create : creates) {
                installed += create.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(3, installed, "3 x 3 Gbit/s fit a SIP of 10 Gbit/s");
            List<ServiceRecord> stored = net.database.services();
            assertEquals(3, stored.size());
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (ServiceRecord record : stored) {
                for (org.presto.spi.ForwardingEntry entry : record.changes(org.presto.spi.ForwardingEntry.class)) {
                    assertTrue(taken.add(entry.portA() + "#" + entry.vlanA()), "held twice: " + entry);
                    assertTrue(taken.add(entry.portB() + "#" + entry.vlanB()), "held twice: " + entry);
                }
            }
            java.util.Set<org.presto.spi.ForwardingEntry> onDevices = new java.util.HashSet<>();
            for (org.presto.model.Node node : net.inventory.topology().node()) {
                onDevices.addAll(ReadBack.of(net.emulator, node.uuid(), org.presto.spi.ForwardingEntry.class));
            }
            assertEquals(java.util.Set.copyOf(stored.stream().flatMap(r -> r.changes(
                    org.presto.spi.ForwardingEntry.class).stream()).toList()), onDevices,
                    "the devices hold what the store says");
        } finally {
            clients.shutdownNow();
        }
    }

    private static ConnectivityRequest eLine(DemoNetworkFixture net, String a, String z, int vlan) {
        return new ConnectivityRequest(null, List.of(net.endPoint(a, vlan, null), net.endPoint(z, vlan, null)), null,
                null, null);
    }
}
