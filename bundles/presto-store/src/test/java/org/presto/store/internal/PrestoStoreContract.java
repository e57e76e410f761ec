package org.presto.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.presto.model.AdministrativeState;
import org.presto.model.Connection;
import org.presto.model.ConnectionBuilder;
import org.presto.model.ConnectivityService;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.LifecycleState;
import org.presto.model.LinkRef;
import org.presto.model.Name;
import org.presto.model.NodeBuilder;
import org.presto.model.PathBuilder;
import org.presto.model.PathComputationServiceBuilder;
import org.presto.model.PathRef;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverInfo;
import org.presto.spi.EgressMarking;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;
import org.presto.store.NetworkRecord;
import org.presto.store.PathComputationRecord;
import org.presto.store.ResourceClaims;
import org.presto.store.ResourceTakenException;
import org.presto.store.ServiceRecord;
import org.presto.store.StaleRevisionException;
import org.presto.store.StoreException;

/**
 * What every back end of the store must do; run against each by a subclass that opens its database. Each test
 * gets a database of its own, and {@link #open()} called twice in a test opens the same one again.
 */
abstract class PrestoStoreContract {

    /** Opens (again) this test's database. */
    protected abstract DataSource open() throws Exception;

    /** Closes a data source {@link #open()} returned, as a restart of Presto would. */
    protected abstract void close(DataSource dataSource);

    private static ServiceRecord record(String uuid, LifecycleState state) {
        ConnectivityService service = ConnectivityServiceBuilder.builder()
                .uuid(uuid)
                .name(List.of(new Name("name", "evc-" + uuid)))
                .endPoint(List.of(ConnectivityServiceEndPointBuilder.builder()
                        .localId("ep1")
                        .serviceInterfacePoint(new ServiceInterfacePointRef("sip-a"))
                        .build()))
                .connection(List.of("conn-" + uuid))
                .serviceType(ServiceType.POINT_TO_POINT_CONNECTIVITY)
                .lifecycleState(state)
                .build();
        Connection connection = ConnectionBuilder.builder().uuid("conn-" + uuid).lifecycleState(state).build();
        return ServiceRecord.of(service, List.of(connection),
                List.of(new ForwardingEntry(uuid, "n1", "p1", 100, "p2", 2), new ForwardingEntry(uuid, "n2", "p3", 2,
                        "p4", 100)));
    }

    @Test
    void keepsTheAuditTrailAcrossRestartsAndSelectsFromIt() throws Exception {
        java.time.Instant t0 = java.time.Instant.parse("2026-12-06T10:00:00Z");
        org.presto.store.AuditRecord created = new org.presto.store.AuditRecord(0, t0, "alice", "rest",
                "198.18.0.7", "create-connectivity-service", "evc-1", org.presto.store.AuditRecord.Outcome.SUCCESS,
                null);
        org.presto.store.AuditRecord refused = new org.presto.store.AuditRecord(0, t0.plusSeconds(60), "bob",
                "shell", null, "presto:sip-state", "pe1-uni-1", org.presto.store.AuditRecord.Outcome.REFUSED,
                "no such SIP: pe1-uni-1 (100% sure_)");
        DataSource pool = open();
        try {
            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            long first = store.appendAudit(created).seq();
            assertTrue(first > 0);
            assertEquals(first + 1, store.appendAudit(refused).seq());
            store.appendAudit(new org.presto.store.AuditRecord(0, t0.plusSeconds(120), "x".repeat(300), "rest",
                    null, "DELETE data/" + "y".repeat(400), null, org.presto.store.AuditRecord.Outcome.FAILED,
                    "z".repeat(5000)));
        } finally {
            close(pool);
        }
        pool = open();
        try {
            JdbcPrestoStore again = JdbcPrestoStore.open(pool);
            List<org.presto.store.AuditRecord> all = again.auditRecords(org.presto.store.AuditQuery.latest());
            assertEquals(3, all.size());
            assertEquals(refused.withSeq(all.get(1).seq()), all.get(1), "newest first, as written");
            assertEquals(created.withSeq(all.get(2).seq()), all.get(2));
            assertEquals(256, all.get(0).principal().length(), "cut to the column, not refused");
            assertEquals(4096, all.get(0).reason().length());
            assertEquals(List.of(all.get(1)), again.auditRecords(new org.presto.store.AuditQuery("bob", null,
                    null, null, 0)));
            assertEquals(List.of(all.get(2)), again.auditRecords(new org.presto.store.AuditQuery(null, "CREATE",
                    null, null, 0)));
            assertEquals(List.of(), again.auditRecords(new org.presto.store.AuditQuery(null, "100%", null, null,
                    0)), "LIKE's wildcards are taken as text");
            assertEquals(List.of(all.get(1)), again.auditRecords(new org.presto.store.AuditQuery(null, null,
                    org.presto.store.AuditRecord.Outcome.REFUSED, null, 0)));
            assertEquals(all.subList(0, 2), again.auditRecords(new org.presto.store.AuditQuery(null, null, null,
                    t0.plusSeconds(60), 0)));
            assertEquals(all.subList(0, 1), again.auditRecords(new org.presto.store.AuditQuery(null, null, null,
                    null, 1)));
        } finally {
            close(pool);
        }
    }

    @Test
    void keepsUndoRecordsInOrderUntilTheServiceIsInstalledOrDeleted() throws Exception {
        DataSource pool = open();
        try {
            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            ServiceRecord planned = store.saveService(record("s1", LifecycleState.PLANNED));
            List<UndoRecord> first = List.of(new UndoRecord("n1", "emu", "{\"remove\": 1}"),
                    new UndoRecord("n2", "emu", "x".repeat(UndoRecord.MAX_DATA)));
            store.journalUndo("s1", first);
            store.journalUndo("s1", List.of(new UndoRecord("n1", "emu", "third")));
            store.journalUndo("s1", List.of());
            List<UndoRecord> all = new java.util.ArrayList<>(first);
            all.add(new UndoRecord("n1", "emu", "third"));
            assertEquals(all, store.undoRecords("s1"));
            assertEquals(List.of(), store.undoRecords("nope"));
            ServiceRecord updating = store.saveService(planned.withService(planned.service().withStates(
                    planned.service().operationalState(), LifecycleState.INSTALLED)).updatingFrom(
                    planned.changes()));
            assertEquals(all, store.undoRecords("s1"), "kept while an update runs");
            ServiceRecord installed = store.saveService(updating.updatingFrom(List.of()));
            assertEquals(List.of(), store.undoRecords("s1"), "cleared once installed");
            store.journalUndo("s1", first);
            assertTrue(store.deleteService(installed));
            assertEquals(List.of(), store.undoRecords("s1"), "deleted with the service");
        } finally {
            close(pool);
        }
    }

    @Test
    void keepsAPolicysEgressMarkingDiscardsIncluded() throws Exception {
        DataSource pool = open();
        try {
            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            EgressMarking marking = new EgressMarking(List.of(
                    new EgressMarking.Rewrite(new EgressMarking.Priority(5, 0), new EgressMarking.Priority(3, 0)),
                    new EgressMarking.Rewrite(new EgressMarking.Priority(5, 1), null)));
            ServiceRecord saved = store.saveService(record("s1", LifecycleState.PLANNED).with(
                    record("s1", LifecycleState.PLANNED).service(), List.of(), List.of(new ForwardingEntry("s1", "n1",
                            "p1", 10, "p2", 2, Map.of("p1", UniPolicy.NONE.withEgressMarking(marking))))));
            assertEquals(saved, store.service("s1").orElseThrow());
            assertEquals(marking, store.service("s1").orElseThrow().changes(ForwardingEntry.class).get(0)
                    .policyAt("p1").egressMarking());
            // a row as SPI 4.0 wrote it, without the member: a policy without marking
            try (var db = pool.getConnection(); var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE device_change SET body = REPLACE(body, '\"egress-marking\":', "
                        + "'\"x\":')");
                statement.executeUpdate("UPDATE device_change SET body = REPLACE(body, ',\"x\":' || "
                        + "SUBSTRING(body, POSITION('\"x\":' IN body) + 4, POSITION(']}' IN body) - "
                        + "POSITION('\"x\":' IN body) - 2), '')");
                try (var rows = statement.executeQuery("SELECT body FROM device_change")) {
                    rows.next();
                    assertFalse(rows.getString(1).contains("\"x\""), rows.getString(1));
                }
            }
            assertEquals(UniPolicy.NONE, JdbcPrestoStore.open(pool).service("s1").orElseThrow()
                    .changes(ForwardingEntry.class).get(0).policyAt("p1"));
        } finally {
            close(pool);
        }
    }

    @Test
    void aWriterWithAStaleRevisionChangesNothing() throws Exception {
        DataSource pool = open();
        try {
            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            ServiceRecord first = store.saveService(record("s1", LifecycleState.PLANNED));
            assertThrows(StaleRevisionException.class, () -> store.saveService(record("s1", LifecycleState.PLANNED)));
            ServiceRecord second = store.saveService(first.withService(record("s1", LifecycleState.INSTALLED)
                    .service()));
            ServiceRecord lateWriter = first.with(first.service(), first.connections(), List.of());
            assertThrows(StaleRevisionException.class, () -> store.saveService(lateWriter));
            assertEquals(second, store.service("s1").orElseThrow(), "the loser wrote nothing, not even its rows");
            assertThrows(StaleRevisionException.class, () -> store.deleteService(first));
            assertEquals(second, store.service("s1").orElseThrow(), "a stale delete deletes nothing");
            assertTrue(store.deleteService(second));
            assertThrows(StaleRevisionException.class, () -> store.saveService(second));
            assertTrue(store.service("s1").isEmpty());
        } finally {
            close(pool);
        }
    }

    @Test
    void ofConcurrentWritersFromOneRevisionExactlyOneWins() throws Exception {
        DataSource pool = open();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            ServiceRecord read = store.saveService(record("s1", LifecycleState.PLANNED));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ServiceRecord>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = "writer-" + i;
                attempts.add(writers.submit(() -> {
                    start.await();
                    return store.saveService(read.withService(read.service().withName(
                            List.of(new Name("name", name)))));
                }));
            }
            start.countDown();
            List<ServiceRecord> won = new ArrayList<>();
            int stale = 0;
            for (Future<ServiceRecord> attempt : attempts) {
                try {
                    won.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof StaleRevisionException, String.valueOf(e.getCause()));
                    stale++;
                }
            }
            assertEquals(1, won.size(), "exactly one writer wins");
            assertEquals(15, stale);
            assertEquals(won.get(0), store.service("s1").orElseThrow(), "what is stored is the winner's, whole");
            assertEquals(2, won.get(0).revision());
        } finally {
            writers.shutdownNow();
            close(pool);
        }
    }

    @Test
    void refusesADatabaseWhoseAppliedMigrationChanged() throws Exception {
        DataSource pool = open();
        try {
            JdbcPrestoStore.open(pool);
            try (var db = pool.getConnection(); var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE presto_schema_history SET checksum = 'edited' WHERE version = 1");
            }
            StoreException e = assertThrows(StoreException.class, () -> JdbcPrestoStore.open(pool));
            assertTrue(e.getMessage().contains("V0001"), e.getMessage());
        } finally {
            close(pool);
        }
    }

    @Test
    void convertsWhatServicesHaveOnTheDevicesFromTheLayoutOfVersion11() throws Exception {
        DataSource pool = open();
        try {
            Transactions.run(pool, -1, db -> SchemaMigrations.apply(db, 11));
            ConnectivityService p2p = record("s1", LifecycleState.INSTALLED).service();
            ConnectivityService lan = record("s2", LifecycleState.INSTALLED).service();
            String policy = "{\"p1\": {\"max-frame-bytes\": 1600, \"ingress\": {\"cir\": 10000000, \"cbs\": 12176, "
                    + "\"eir\": 5000000, \"ebs\": 12176, \"colour-aware\": true, \"coupled\": true}, "
                    + "\"egress-classes\": [{\"name\": \"H\", \"pcp\": [5, 6], \"profile\": {\"cir\": 1000000, "
                    + "\"cbs\": 12176, \"eir\": 0, \"ebs\": 0, \"colour-aware\": false, \"coupled\": false}}, "
                    + "{\"name\": "
                    + "\"L\", \"pcp\": [0]}], \"source-mac-limit\": {\"addresses\": 4, \"aging-ms\": 300000}}}";
            JsonBodies json = new JsonBodies();
            try (var db = pool.getConnection(); var statement = db.createStatement()) {
                for (ConnectivityService service : List.of(p2p, lan)) {
                    try (var insert = db.prepareStatement("INSERT INTO connectivity_service (uuid, revision, body, "
                            + "prior_entries, prior_bridges, prior_channels) VALUES (?, 3, ?, ?, ?, ?)")) {
                        insert.setString(1, service.uuid());
                        insert.setString(2, json.write(service));
                        boolean updating = service == lan;
                        insert.setString(3, updating ? "n1|p1|10|p2|2|" + policy + ";n2|p3|2|p4|10|" : null);
                        insert.setString(4, updating ? "n1|p1=10,p2=2:LEAF|" : null);
                        insert.setString(5, updating ? "r1|add|line|191325000|191375000" : null);
                        insert.executeUpdate();
                    }
                }
                statement.executeUpdate("INSERT INTO forwarding_entry (service_uuid, seq, node_id, port_a, vlan_a, "
                        + "port_b, vlan_b, cir_kbps, policies) VALUES ('s1', 0, 'n1', 'p1', 10, 'p2', 2, 0, '"
                        + policy + "'), ('s1', 1, 'n2', 'p3', 2, 'p4', 10, 10000, NULL)");
                statement.executeUpdate("INSERT INTO media_channel (service_uuid, seq, node_id, port_a, port_b, "
                        + "lower_frequency_mhz, upper_frequency_mhz) VALUES ('s1', 0, 'r1', 'add', 'line', 191325000, "
                        + "191375000)");
                statement.executeUpdate("INSERT INTO bridge_entry (service_uuid, seq, node_id, members, cir_kbps, "
                        + "policies) VALUES ('s2', 0, 'n1', 'p1=10,p2=2:TRUNK:3,p3=7:LEAF', 0, '" + policy + "')");
            }

            JdbcPrestoStore store = JdbcPrestoStore.open(pool);
            UniPolicy converted = new UniPolicy(1600, new BandwidthProfile(10_000_000, 12_176, 5_000_000, 12_176,
                    true, true), null, List.of(), List.of(new PcpClass("H", Set.of(5, 6),
                    BandwidthProfile.committed(1_000_000)), new PcpClass("L", Set.of(0), null)),
                    new SourceMacLimit(4, 300_000));
            ForwardingEntry policed = new ForwardingEntry("s1", "n1", "p1", 10, "p2", 2, Map.of("p1", converted));
            assertEquals(new ServiceRecord(p2p, List.of(), List.of(policed, new ForwardingEntry("s1", "n2", "p3", 2,
                    "p4", 10), new MediaChannelEntry("s1", "r1", "add", "line", 191_325_000, 191_375_000)), List.of(),
                    3), store.service("s1").orElseThrow(), "a bare rate of V0010 polices nothing, as it did");
            BridgeEntry bridge = new BridgeEntry("s2", "n1", List.of(new BridgeEntry.Member("p1", 10),
                    new BridgeEntry.Member("p2", 2, BridgeEntry.Role.TRUNK, 3),
                    new BridgeEntry.Member("p3", 7, BridgeEntry.Role.LEAF, 0)), Map.of("p1", converted));
            ServiceRecord updating = new ServiceRecord(lan, List.of(), List.of(bridge), List.of(
                    new ForwardingEntry("s2", "n1", "p1", 10, "p2", 2, Map.of("p1", converted)),
                    new ForwardingEntry("s2", "n2", "p3", 2, "p4", 10),
                    new MediaChannelEntry("s2", "r1", "add", "line", 191_325_000, 191_375_000),
                    new BridgeEntry("s2", "n1", List.of(new BridgeEntry.Member("p1", 10),
                            new BridgeEntry.Member("p2", 2, BridgeEntry.Role.LEAF, 0)))), 3);
            assertEquals(List.of(store.service("s1").orElseThrow(), updating), store.services());
            ServiceRecord saved = store.saveService(updating.updated());
            assertEquals(saved, store.service("s2").orElseThrow());
            try (var db = pool.getConnection(); var tables = db.getMetaData().getTables(null, null, "%", null)) {
                while (tables.next()) {
                    assertFalse(Set.of("forwarding_entry", "bridge_entry", "media_channel").contains(
                            tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT)), "dropped");
                }
            }
        } finally {
            close(pool);
        }
    }

    @Test
    void splitsMigrationFilesIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y TEXT)"), SchemaMigrations.statements(
                "-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y TEXT);\n"));
    }


    @Test
    void keepsServicesAndNetworksAcrossReopening() throws Exception {
        DataSource pool = open();
        JdbcPrestoStore store = JdbcPrestoStore.open(pool);
        ServiceRecord planned = store.saveService(record("s1", LifecycleState.PLANNED));
        ServiceRecord installed = store.saveService(planned.withService(
                record("s1", LifecycleState.INSTALLED).service()));
        assertEquals(2, installed.revision());
        ServiceRecord s2 = store.saveService(record("s2", LifecycleState.INSTALLED));
        ServiceRecord photonic = store.saveService(ServiceRecord.of(record("s3",
                LifecycleState.INSTALLED).service(), List.of(), List.of(
                new MediaChannelEntry("s3", "r1", "add", "line", 191_325_000, 191_375_000),
                new MediaChannelEntry("s3", "r2", "line", "drop", 191_325_000, 191_375_000))));
        ServiceRecord lan = store.saveService(new ServiceRecord(record("s4", LifecycleState.INSTALLED).service(),
                List.of(), List.of(new BridgeEntry("s4", "n1", List.of(
                new BridgeEntry.Member("p1", 10), new BridgeEntry.Member("p2", 2), new BridgeEntry.Member("p3", 2))),
                new BridgeEntry("s4", "n2", List.of(new BridgeEntry.Member("p1", 10, BridgeEntry.Role.LEAF, 0),
                        new BridgeEntry.Member("p2", 2, BridgeEntry.Role.TRUNK, 3)))),
                0));
        store.saveNetwork(new NetworkRecord(new DriverInfo("emu", "Presto", "1", null), new DiscoveredNetwork(
                List.of(NodeBuilder.builder().uuid("n1").build()), List.of(), List.of())));
        assertTrue(store.deleteService(s2));
        assertFalse(store.deleteService(s2));
        store.saveSipAdministrativeState("sip-a", AdministrativeState.UNLOCKED);
        store.saveSipAdministrativeState("sip-a", AdministrativeState.LOCKED);
        PathComputationRecord computed = new PathComputationRecord(PathComputationServiceBuilder.builder()
                .uuid("pcs-1").path(List.of(new PathRef("path-1"))).build(), List.of(PathBuilder.builder()
                .uuid("path-1").link(List.of(new LinkRef("t", "l1"), new LinkRef("t", "l2"))).build()));
        store.savePathComputation(computed.withPaths(List.of()));
        store.savePathComputation(computed);
        store.savePathComputation(new PathComputationRecord(PathComputationServiceBuilder.builder().uuid("pcs-2")
                .build(), List.of()));
        assertTrue(store.deletePathComputation("pcs-2"));
        assertFalse(store.deletePathComputation("pcs-2"));
        close(pool);

        DataSource reopened = open();
        JdbcPrestoStore again = JdbcPrestoStore.open(reopened);
        assertEquals(List.of(installed, photonic, lan), again.services());
        assertEquals(lan, again.service("s4").orElseThrow());
        assertEquals(installed, again.service("s1").orElseThrow());
        assertEquals(photonic, again.service("s3").orElseThrow());
        assertTrue(again.deleteService(photonic));
        assertTrue(again.service("s2").isEmpty());
        assertEquals("n1", again.networks().get(0).network().nodes().get(0).uuid());
        assertEquals(Map.of("sip-a", AdministrativeState.LOCKED), again.sipAdministrativeStates());
        assertEquals(List.of(computed), again.pathComputations());
        ServiceRecord updating = again.saveService(again.service("s1").orElseThrow().updatingFrom(List.of(
                new ForwardingEntry("s1", "n1", "p1", 100, "p2", 2))));
        assertEquals(updating, again.service("s1").orElseThrow());
        assertEquals(updating, again.services().get(0));
        assertTrue(again.saveService(updating.updated()).prior().isEmpty());
        List<DeviceChange> before = new ArrayList<>(List.of(new MediaChannelEntry("s4", "r1", "a", "b", 191_325_000,
                191_375_000)));
        before.addAll(lan.changes());
        ServiceRecord lanUpdating = again.saveService(again.service("s4").orElseThrow().updatingFrom(before));
        assertTrue(lanUpdating.updating());
        assertEquals(lanUpdating, again.service("s4").orElseThrow(), "prior bridges and channels are kept");
        assertEquals(lanUpdating, again.services().stream().filter(r -> r.uuid().equals("s4")).findFirst()
                .orElseThrow());
        assertTrue(again.saveService(lanUpdating.updated()).prior().isEmpty());
        close(reopened);
    }

    private static ResourceClaims claims(Set<String> exclusive, Map<String, Long> shares, long limit) {
        Map<String, ResourceClaims.Share> withLimit = new java.util.HashMap<>();
        shares.forEach((resource, amount) -> withLimit.put(resource, new ResourceClaims.Share(amount, limit)));
        return new ResourceClaims(exclusive, withLimit);
    }

    @Test
    void aResourceIsHeldByOneServiceAndACapacityNeverOverItsLimit() throws Exception {
        DataSource pool = open();
        JdbcPrestoStore store = JdbcPrestoStore.open(pool);
        ServiceRecord first = store.saveService(record("s1", LifecycleState.PLANNED), claims(
                Set.of("vlan/p1/100", "vlan/p2/2"), Map.of("kbps/l1", 600L), 1000));
        ResourceTakenException taken = assertThrows(ResourceTakenException.class, () -> store.saveService(
                record("s2", LifecycleState.PLANNED), claims(Set.of("vlan/p1/101", "vlan/p1/100"), Map.of(), 1000)));
        assertEquals("vlan/p1/100", taken.resource());
        assertEquals("s1", taken.holder());
        assertTrue(store.service("s2").isEmpty(), "nothing of a refused save is written");
        ResourceTakenException full = assertThrows(ResourceTakenException.class, () -> store.saveService(
                record("s2", LifecycleState.PLANNED), claims(Set.of("vlan/p1/101"), Map.of("kbps/l1", 500L), 1000)));
        assertEquals("kbps/l1", full.resource());
        ServiceRecord second = store.saveService(record("s2", LifecycleState.PLANNED), claims(Set.of("vlan/p1/101"),
                Map.of("kbps/l1", 400L), 1000));
        assertEquals(List.of(), store.servicesWithoutClaims());
        // s1 gives up VLAN 100 and 200 kbit/s: s2 can take both
        ServiceRecord smaller = store.saveService(first, claims(Set.of("vlan/p2/2"), Map.of("kbps/l1", 400L), 1000));
        store.saveService(second, claims(Set.of("vlan/p1/101", "vlan/p1/100"), Map.of("kbps/l1", 600L), 1000));
        assertThrows(ResourceTakenException.class, () -> store.claim(smaller, claims(Set.of(),
                Map.of("kbps/l1", 401L), 1000)));
        // a delete releases everything; a service saved without claims holds none
        assertTrue(store.deleteService(smaller));
        ServiceRecord third = store.saveService(record("s3", LifecycleState.PLANNED));
        assertEquals(List.of("s3"), store.servicesWithoutClaims());
        assertTrue(store.claim(third, claims(Set.of("vlan/p2/2"), Map.of("kbps/l1", 400L), 1000)));
        assertEquals(List.of(), store.servicesWithoutClaims());
        close(pool);
    }

    @Test
    void concurrentClaimsOfOneResourceNeverOverbook() throws Exception {
        DataSource pool = open();
        JdbcPrestoStore store = JdbcPrestoStore.open(pool);
        int writers = 16;
        ExecutorService executor = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String uuid = "c" + i;
                // each wants VLAN (i % 4) on p1 and 300 of 1000 on l1 and l2, claimed in opposite orders of naming
                ResourceClaims wanted = claims(Set.of("vlan/p1/" + (i % 4), "vlan/p9/" + i), i % 2 == 0
                        ? Map.of("kbps/l1", 300L, "kbps/l2", 300L) : Map.of("kbps/l2", 300L, "kbps/l1", 300L), 1000);
                saves.add(executor.submit(() -> {
                    start.await();
                    try {
                        store.saveService(record(uuid, LifecycleState.PLANNED), wanted);
                        return true;
                    } catch (ResourceTakenException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> save : saves) {
                won += save.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            // three shares of 300 fit in 1000, and no two of the winners hold one VLAN
            assertEquals(3, won);
            assertEquals(3, store.services().size());
            assertEquals(3, store.services().stream().map(r -> Integer.parseInt(r.uuid().substring(1)) % 4)
                    .distinct().count());
        } finally {
            executor.shutdownNow();
        }
        close(pool);
    }
}
