package org.presto.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.presto.model.ConnectionBuilder;
import org.presto.model.ConnectionEndPointRef;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.LayerProtocolName;
import org.presto.model.LifecycleState;
import org.presto.model.NrpCarrierEthConnectivityEndPointResourceBuilder;
import org.presto.model.Route;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;
import org.presto.model.VlanIdListAndUntag;
import org.presto.spi.ForwardingEntry;
import org.presto.store.PrestoStore;
import org.presto.store.ServiceRecord;

/**
 * Writes and reads N services (each with an end-to-end connection and three per-node connections and forwarding
 * entries, as an E-Line over three nodes has) on each back end, and prints the time per operation and the heap
 * used. A measurement, not a test: see docs/performance.md for the command.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf("%d services, each with 4 connections and 3 forwarding entries%n", services);
        Path directory = Files.createTempDirectory("presto-store-benchmark-");
        JdbcConnectionPool h2 = JdbcConnectionPool.create(
                JdbcStoreComponent.h2Url(directory.resolve("presto").toString()), "presto", "");
        try {
            measure("h2", JdbcPrestoStore.open(h2), services);
        } finally {
            h2.dispose();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            try (Connection admin = DriverManager.getConnection(server.url("postgres"), server.user(),
                    server.password()); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE presto_benchmark");
            }
            try (HikariDataSource postgresql = JdbcStoreComponent.postgresql(server.url("presto_benchmark"),
                    server.user(), server.password(), 8)) {
                measure("postgresql", JdbcPrestoStore.open(postgresql), services);
            }
        }
    }

    private static void measure(String backend, PrestoStore store, int services) {
        List<String> uuids = new ArrayList<>(services);
        long start = System.nanoTime();
        for (int i = 0; i < services; i++) {
            ServiceRecord record = store.saveService(record(i));
            uuids.add(record.uuid());
        }
        report(backend, "write", services, System.nanoTime() - start);
        start = System.nanoTime();
        for (String uuid : uuids) {
            store.service(uuid).orElseThrow();
        }
        report(backend, "read by uuid", services, System.nanoTime() - start);
        start = System.nanoTime();
        List<ServiceRecord> all = store.services();
        report(backend, "read all (one call)", all.size(), System.nanoTime() - start);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("%-10s heap used holding all %d records: %d MB%n", backend, all.size(),
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private static void report(String backend, String operation, int count, long nanos) {
        System.out.printf("%-10s %-20s %8d ops  %9.1f us/op  %8.1f s%n", backend, operation, count,
                nanos / 1000.0 / count, nanos / 1e9);
    }

    private static ServiceRecord record(int i) {
        String uuid = UUID.randomUUID().toString();
        int vlan = 1 + i % 4094;
        List<ConnectivityServiceEndPoint> endPoints = List.of(endPoint("a", "sip-a-" + i % 1000, vlan),
                endPoint("z", "sip-z-" + i % 1000, vlan));
        List<org.presto.model.Connection> connections = new ArrayList<>();
        List<ForwardingEntry> entries = new ArrayList<>();
        List<String> ceps = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            String nodeId = "node-" + (i + node) % 500;
            entries.add(new ForwardingEntry(uuid, nodeId, nodeId + "/in", vlan, nodeId + "/out", vlan));
            ceps.add(uuid + "/cep/" + node);
            connections.add(ConnectionBuilder.builder()
                    .uuid(uuid + "/" + node)
                    .connectionEndPoint(List.of(new ConnectionEndPointRef("topology", nodeId, nodeId + "/in",
                            uuid + "/cep/" + node)))
                    .layerProtocolName(LayerProtocolName.ETH)
                    .lifecycleState(LifecycleState.INSTALLED)
                    .build());
        }
        connections.add(0, ConnectionBuilder.builder()
                .uuid(uuid + "/top")
                .route(List.of(new Route("route-1", null, ceps)))
                .lowerConnection(connections.stream().map(org.presto.model.Connection::uuid).toList())
                .layerProtocolName(LayerProtocolName.ETH)
                .lifecycleState(LifecycleState.INSTALLED)
                .build());
        ConnectivityService service = ConnectivityServiceBuilder.builder()
                .uuid(uuid)
                .endPoint(endPoints)
                .connection(List.of(uuid + "/top"))
                .serviceType(ServiceType.POINT_TO_POINT_CONNECTIVITY)
                .layerProtocolName(LayerProtocolName.ETH)
                .lifecycleState(LifecycleState.INSTALLED)
                .build();
        return ServiceRecord.of(service, connections, entries);
    }

    private static ConnectivityServiceEndPoint endPoint(String id, String sip, int vlan) {
        return ConnectivityServiceEndPointBuilder.builder()
                .localId(id)
                .serviceInterfacePoint(new ServiceInterfacePointRef(sip))
                .layerProtocolName(LayerProtocolName.ETH)
                .nrpCarrierEthConnectivityEndPointResource(NrpCarrierEthConnectivityEndPointResourceBuilder.builder()
                        .ceVlanIdListAndUntag(VlanIdListAndUntag.of(vlan))
                        .build())
                .build();
    }
}
