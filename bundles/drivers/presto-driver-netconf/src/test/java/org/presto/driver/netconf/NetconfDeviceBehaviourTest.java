package org.presto.driver.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.netconf.device.NetconfDevice;
import org.presto.driver.netconf.device.SshResources;
import org.presto.driver.netconf.network.NetconfNetwork;
import org.presto.driver.netconf.protocol.NetconfEndpoint;
import org.presto.model.Capacity;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UndoRecord;

/**
 * What the NETCONF driver does with real devices beyond the kit: the topology it reads, a device refusing a change at
 * commit, the device's own error words, a device that goes away, and host keys. The second switch of the line holds
 * one cross-connect only (a deviation of the model): it refuses a second one in the middle of the transaction, after
 * the datastores were locked.
 */
class NetconfDeviceBehaviourTest {
    private static TestSwitches switches;

    @BeforeAll
    static void startSwitches(@TempDir Path dir) throws Exception {
        switches = TestSwitches.line(dir, 3, null, NetconfTestDevice.SMALL);
    }

    @AfterAll
    static void stopSwitches() {
        if (switches != null) {
            switches.close();
        }
    }

    private static NetconfNetwork driver() {
        return switches.connect();
    }

    private static Node node(DiscoveredNetwork network, String name) {
        return network.nodes().stream().filter(node -> node.name().get(0).value().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String port(Node node, String name) {
        return node.ownedNodeEdgePoint().stream().filter(nep -> nep.name().get(0).value().endsWith("/" + name))
                .map(NodeEdgePoint::uuid).findFirst().orElseThrow();
    }

    @Test
    void theTopologyIsReadFromTheSwitches() throws Exception {
        NetconfNetwork driver = driver();
        try {
            DiscoveredNetwork network = driver.discover();
            assertEquals(3, network.nodes().size());
            assertEquals(9, network.serviceInterfacePoints().size(), "three customer ports on each switch");
            assertEquals(2, network.links().size(), "sw1-sw2 and sw2-sw3, each once though both ends report it");
            assertEquals(Capacity.mbps(10_000), network.links().get(0).totalPotentialCapacity());
            Node sw2 = node(network, "sw2");
            assertEquals(5, sw2.ownedNodeEdgePoint().size());
            assertTrue(driver.devices().stream().allMatch(d -> d.connection() == DeviceStatus.Connection.CONNECTED),
                    driver.devices().toString());
        } finally {
            switches.release(driver);
        }
    }

    @Test
    void aDeviceRefusingAtCommitKeepsItsConfigurationAndTheDriverSaysWhy() throws Exception {
        NetconfNetwork driver = driver();
        try {
            Node sw2 = node(driver.discover(), "sw2");
            ForwardingEntry first = new ForwardingEntry("svc-first", sw2.uuid(), port(sw2, "uni-1"), 100,
                    port(sw2, "to-sw3"), 100);
            ForwardingEntry second = new ForwardingEntry("svc-second", sw2.uuid(), port(sw2, "uni-2"), 200,
                    port(sw2, "to-sw3"), 200);
            var undo = driver.install(first);
            try {
                DriverException refusal = assertThrows(DriverException.class, () -> driver.install(second));
                // netconfd checks the must at edit-config once the datastores are locked, else at commit
                assertTrue(refusal.getMessage().startsWith("device sw2: "), refusal.getMessage());
                assertTrue(refusal.getMessage().contains("the cross-connect table is full"), refusal.getMessage());
                assertFalse(refusal.retryable(), "a refusal would only be repeated");
                assertEquals(List.of(first), driver.configuration(sw2.uuid()));
                assertFalse(switches.device(2).getConfig().contains("svc-second"), "the device kept the refused edit");
                // the refused edit was discarded from the candidate: the next change does not carry it along
                driver.undo(undo);
                assertEquals(List.of(), driver.configuration(sw2.uuid()));
                driver.install(second);
                assertEquals(List.of(second), driver.configuration(sw2.uuid()));
                driver.remove(second);
            } finally {
                driver.remove(first);
            }
        } finally {
            switches.release(driver);
        }
    }

    /** Prints how long one change takes on a real device (a figure, not a check; see docs/performance.md). */
    @Test
    void installAndUndoTimesArePrinted() throws Exception {
        NetconfNetwork driver = driver();
        try {
            Node sw3 = node(driver.discover(), "sw3");
            long[] installs = new long[40];
            long[] undos = new long[installs.length];
            for (int i = 0; i < installs.length; i++) {
                ForwardingEntry entry = new ForwardingEntry("timed", sw3.uuid(), port(sw3, "uni-1"), 500 + i,
                        port(sw3, "to-sw2"), 500 + i);
                long start = System.nanoTime();
                var undo = driver.install(entry);
                installs[i] = System.nanoTime() - start;
                start = System.nanoTime();
                driver.undo(undo);
                undos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(installs);
            java.util.Arrays.sort(undos);
            System.out.printf("NETCONF change on netconfd over SSH (lock, discard, get-config, edit-config, commit, "
                    + "unlock): install p50 %.1f ms p90 %.1f ms, undo p50 %.1f ms p90 %.1f ms%n",
                    installs[20] / 1e6, installs[36] / 1e6, undos[20] / 1e6, undos[36] / 1e6);
            assertEquals(List.of(), driver.configuration(sw3.uuid()));
        } finally {
            switches.release(driver);
        }
    }

    @Test
    void aValueTheModelForbidsIsRefusedInTheDevicesWords() throws Exception {
        NetconfNetwork driver = driver();
        try {
            Node sw1 = node(driver.discover(), "sw1");
            ForwardingEntry entry = new ForwardingEntry("svc", sw1.uuid(), port(sw1, "uni-1"), 4095,
                    port(sw1, "to-sw2"), 300);
            DriverException refusal = assertThrows(DriverException.class, () -> driver.install(entry));
            assertTrue(refusal.getMessage().startsWith("device sw1: edit-config refused:"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("4095"), refusal.getMessage());
            assertEquals(List.of(), driver.configuration(sw1.uuid()));
        } finally {
            switches.release(driver);
        }
    }

    @Test
    void anUndoRecordThatIsNotTheRemovalOfOneEntryIsRefused() throws Exception {
        NetconfNetwork driver = driver();
        try {
            Node sw1 = node(driver.discover(), "sw1");
            String before = switches.device(1).getConfig().replaceAll("message-id=\"\\d+\"", "")
                    .replaceAll("last-modified=\"[^\"]*\"", "");
            String ns = "xmlns=\"urn:presto:params:xml:ns:yang:presto-vlan-switch\" "
                    + "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";
            for (String tampered : List.of("<switch " + ns + " nc:operation=\"replace\"/>",
                    "<switch " + ns + "><cross-connect nc:operation=\"merge\"><name>x</name></cross-connect></switch>",
                    "<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\" nc:operation=\"delete\"/>")) {
                DriverException refused = assertThrows(DriverException.class, () -> driver.undo(
                        new UndoRecord(sw1.uuid(), TestSwitches.DRIVER_ID, tampered)), tampered);
                assertTrue(refused.getMessage().contains("not one this driver made"), refused.getMessage());
            }
            assertEquals(before, switches.device(1).getConfig().replaceAll("message-id=\"\\d+\"", "")
                    .replaceAll("last-modified=\"[^\"]*\"", ""));
        } finally {
            switches.release(driver);
        }
    }

    @Test
    void anUnreachableDeviceFailsRetryablyAndIsReportedSo() throws Exception {
        try (SshResources resources = new SshResources()) {
            NetconfEndpoint nowhere = new NetconfEndpoint("127.0.0.1", 1, "root", "secret", null, "", false);
            NetconfDevice device = resources.device("gone", nowhere, Duration.ofSeconds(2));
            NetconfNetwork driver = new NetconfNetwork(new DriverInfo("n", "Presto", "t", ""), List.of(device));
            DriverException failure = assertThrows(DriverException.class, driver::discover);
            assertTrue(failure.retryable(), "a device out of reach may be back on the next try");
            assertTrue(failure.getMessage().startsWith("device gone (root@127.0.0.1:1):"), failure.getMessage());
            DeviceStatus status = driver.devices().get(0);
            assertEquals(DeviceStatus.Connection.FAILED, status.connection());
            assertFalse(status.detail().isBlank());
        }
    }

    @Test
    void onlyTheConfiguredHostKeyIsAcceptedUnlessAnyIsAllowedExplicitly() throws Exception {
        NetconfTestDevice sw1 = switches.device(1);
        NetconfEndpoint real = sw1.endpoint();
        try (SshResources resources = new SshResources()) {
            NetconfEndpoint pinned = new NetconfEndpoint(real.host(), real.port(), real.username(), "",
                    real.privateKey(), sw1.hostKeyFingerprint(), false);
            NetconfDevice trusted = resources.device("sw1", pinned, Duration.ofSeconds(5));
            assertFalse(trusted.read().ports().isEmpty());
            NetconfEndpoint impostor = new NetconfEndpoint(real.host(), real.port(), real.username(), "",
                    real.privateKey(), "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false);
            NetconfDevice refused = resources.device("sw1", impostor, Duration.ofSeconds(5));
            DriverException failure = assertThrows(DriverException.class, refused::read);
            assertTrue(failure.getMessage().contains("is not the configured SHA256:AAAA"), failure.getMessage());
            NetconfEndpoint unpinned = new NetconfEndpoint(real.host(), real.port(), real.username(), "",
                    real.privateKey(), "", false);
            DriverException unchecked = assertThrows(DriverException.class,
                    resources.device("sw1", unpinned, Duration.ofSeconds(5))::read);
            assertTrue(unchecked.getMessage().contains("offered host key " + sw1.hostKeyFingerprint()
                    + " and no hostKeyFingerprint is configured"), unchecked.getMessage());
            NetconfEndpoint lab = new NetconfEndpoint(real.host(), real.port(), real.username(), "",
                    real.privateKey(), "", true);
            assertFalse(resources.device("sw1", lab, Duration.ofSeconds(5)).read().ports().isEmpty());
            trusted.close();
        }
    }
}
