package org.presto.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.presto.core.internal.activation.DeviceQueues;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.SpectrumPlanning;
import org.presto.core.internal.services.ServiceLifecycle;
import org.presto.driver.emulator.EmulatedEms;
import org.presto.driver.emulator.EmulatorSettings;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.Node;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.PortRole;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.VlanIdListAndUntag;
import org.presto.pce.internal.PathComputerComponent;
import org.presto.spi.BridgeEntry;
import org.presto.store.PrestoStore;
import org.presto.store.internal.JdbcPrestoStore;

/** The core over the emulator's demo network (pe1..pe6) and an H2 store in a directory, with naming helpers. */
final class DemoNetworkFixture implements AutoCloseable {
    final JdbcConnectionPool pool;
    final PrestoStore store;
    /** The database under the lifecycle's memory, as another Presto on it sees it. */
    final PrestoStore database;
    final EmulatedEms emulator;
    final Inventory inventory;
    final ServiceLifecycle connectivity;

    DemoNetworkFixture(Path dir) throws Exception {
        this(dir, java.util.function.UnaryOperator.identity());
    }

    /** With the emulator seen by the core through a wrapper (a driver adding behaviour around the real one). */
    DemoNetworkFixture(Path dir, java.util.function.UnaryOperator<org.presto.spi.NetworkDriver> wrapper)
            throws Exception {
        this(dir, wrapper, 100_000);
    }

    /** With customer ports of 10 Gbit/s and links of the given capacity. */
    DemoNetworkFixture(Path dir, java.util.function.UnaryOperator<org.presto.spi.NetworkDriver> wrapper,
                       long linkCapacityMbps) throws Exception {
        this(dir, wrapper, linkCapacityMbps, java.util.Set.of());
    }

    /** With an emulated EMS that lacks some capabilities. */
    DemoNetworkFixture(Path dir, java.util.Set<org.presto.spi.Capability> lacking) throws Exception {
        this(dir, java.util.function.UnaryOperator.identity(), 100_000, lacking);
    }

    private DemoNetworkFixture(Path dir, java.util.function.UnaryOperator<org.presto.spi.NetworkDriver> wrapper,
                               long linkCapacityMbps, java.util.Set<org.presto.spi.Capability> lacking)
            throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("store/presto"), "presto", "");
        database = JdbcPrestoStore.open(pool);
        emulator = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 10_000, linkCapacityMbps,
                dir.resolve("emulator"), "", lacking), "test");
        inventory = new Inventory(database);
        inventory.driverAdded(wrapper.apply(emulator));
        connectivity = new ServiceLifecycle(inventory, new PathComputerComponent(), database,
                SpectrumPlanning.DEFAULT,
                new DeviceQueues(4, java.time.Duration.ofSeconds(5), 2, java.time.Duration.ofMillis(10)));
        // what tests write as a crash would leave it goes through the lifecycle's memory of the services
        store = connectivity.store();
    }

    @Override
    public void close() {
        pool.dispose();
    }

    String sip(String name) {
        return inventory.serviceInterfacePoints().stream()
                .filter(s -> s.name().stream().anyMatch(n -> n.value().equals(name)))
                .map(ServiceInterfacePoint::uuid).findFirst().orElseThrow();
    }

    /** The node edge point (port) of a SIP named like "pe1-uni-1". */
    String nep(String sipName) {
        return inventory.locate(sip(sipName)).orElseThrow().nepId();
    }

    String node(String name) {
        return inventory.node(name).orElseThrow().uuid();
    }

    /** An end point on the named SIP with one CE-VLAN and a role (null for none). */
    ConnectivityServiceEndPoint endPoint(String sipName, int vlan, PortRole role) {
        return ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip(sipName)))
                .role(role)
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan))
                        .build())
                .build();
    }

    /** Every bridge configured on the emulated devices now. */
    List<BridgeEntry> bridgesOnDevices() throws Exception {
        List<BridgeEntry> all = new ArrayList<>();
        for (Node node : inventory.topology().node()) {
            all.addAll(ReadBack.of(emulator, node.uuid(), BridgeEntry.class));
        }
        return all;
    }
}
