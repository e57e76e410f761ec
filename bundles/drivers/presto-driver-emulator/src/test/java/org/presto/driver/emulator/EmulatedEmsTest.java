package org.presto.driver.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.emulator.device.FaultPlan;
import org.presto.driver.emulator.graph.NetworkLoadException;
import org.presto.model.LayerProtocolName;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.UndoRecord;

class EmulatedEmsTest {
    @TempDir
    Path dir;

    @Test
    void describesItself() throws Exception {
        EmulatedEms ems = new EmulatedEms(settings("emulator", "demo"), "1.2.3");
        assertEquals(new DriverInfo("emulator", "Presto", "1.2.3", "Emulated Ethernet EMS: demo, 6 nodes"), ems.info());
        NetworkAssertions.assertConsistent(ems.discover(), 2);
    }

    @Test
    void loadsAFileNetworkRelativeToTheBaseDirectory() throws Exception {
        EmulatorSettings settings = new EmulatorSettings("zoo", "topozoo/graphml/Abilene.graphml",
                SharedTopologies.root(), 3, 1000, 40_000, dir);
        EmulatedEms ems = new EmulatedEms(settings, "1");
        assertEquals("Emulated Ethernet EMS: Abilene, 11 nodes", ems.info().description());
        NetworkAssertions.assertConsistent(ems.discover(), 3);
    }

    @Test
    void emulatesATapiContextWithAllItsLayers() throws Exception {
        Path context = SharedTopologies.example("tapi-metro-optical-context.json");
        EmulatedEms ems = new EmulatedEms(new EmulatorSettings("lab", context.toString(), dir, 2, 1000, 40_000,
                dir.resolve("state")), "1");
        assertEquals("Emulated EMS of TAPI 2.1.3 context metro-optical example: 5 nodes", ems.info().description());
        DiscoveredNetwork network = ems.discover();
        assertEquals(5, network.links().size());
        assertEquals(5, network.serviceInterfacePoints().size());
        Node roadm = network.nodes().stream().filter(n -> n.name().get(0).value().equals("roadm-1")).findFirst()
                .orElseThrow();
        assertEquals(List.of(LayerProtocolName.OTSiA), roadm.layerProtocolName());
        assertEquals(List.of("tapi-photonic-media:PHOTONIC_LAYER_QUALIFIER_OMS",
                "tapi-photonic-media:PHOTONIC_LAYER_QUALIFIER_OTS"),
                roadm.ownedNodeEdgePoint().get(0).supportedCepLayerProtocolQualifier());
        Node sw2 = network.nodes().stream().filter(n -> n.name().get(0).value().equals("sw-2")).findFirst()
                .orElseThrow();
        ForwardingEntry entry = new ForwardingEntry("svc", sw2.uuid(), sw2.ownedNodeEdgePoint().get(1).uuid(), 7,
                sw2.ownedNodeEdgePoint().get(2).uuid(), 7);
        ems.install(entry);
        assertEquals(List.of(entry), ems.configuration(sw2.uuid()));
    }

    @Test
    void roadmsTakeMediaChannelsThatDoNotOverlapOnAPortAndKeepThem() throws Exception {
        Path context = SharedTopologies.example("tapi-metro-optical-context.json");
        EmulatorSettings settings = new EmulatorSettings("lab", context.toString(), dir, 2, 1000, 40_000,
                dir.resolve("state"));
        EmulatedEms ems = new EmulatedEms(settings, "1");
        Node roadm = node(ems, "roadm-1");
        String line = roadm.ownedNodeEdgePoint().get(0).uuid();
        String add = roadm.ownedNodeEdgePoint().get(1).uuid();
        MediaChannelEntry channel = new MediaChannelEntry("svc-1", roadm.uuid(), add, line, 191_325_000,
                191_375_000);
        ems.install(channel);
        ems.install(channel);
        assertEquals(List.of(channel), ems.configuration(roadm.uuid()));
        DriverException overlap = assertThrows(DriverException.class, () -> ems.install(new MediaChannelEntry(
                "svc-2", roadm.uuid(), add, line, 191_350_000, 191_400_000)));
        assertTrue(overlap.getMessage().contains("overlaps the media channel of service svc-1"),
                overlap.getMessage());
        ems.install(new MediaChannelEntry("svc-2", roadm.uuid(), add, line, 191_375_000, 191_425_000));
        Node sw2 = node(ems, "sw-2");
        DriverException ethernet = assertThrows(DriverException.class, () -> ems.install(new MediaChannelEntry(
                "svc-3", sw2.uuid(), sw2.ownedNodeEdgePoint().get(0).uuid(), sw2.ownedNodeEdgePoint().get(1).uuid(),
                191_325_000, 191_375_000)));
        assertTrue(ethernet.getMessage().contains("switches no spectrum"), ethernet.getMessage());
        assertThrows(DriverException.class, () -> ems.install(new MediaChannelEntry("svc-4", roadm.uuid(), add,
                line, 196_100_000, 196_150_000)), "beyond the C band");

        EmulatedEms restarted = new EmulatedEms(settings, "1");
        assertEquals(2, restarted.configuration(roadm.uuid()).size());
        restarted.remove(channel);
        restarted.remove(channel);
        assertEquals(1, restarted.configuration(roadm.uuid()).size());
    }

    private static Node node(EmulatedEms ems, String name) {
        return ems.discover().nodes().stream().filter(n -> n.name().get(0).value().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void switchesBridgeAServiceOnSeveralPortsAndKeepItsVlansToIt() throws Exception {
        EmulatorSettings settings = settings("emulator", "demo");
        EmulatedEms ems = new EmulatedEms(settings, "1");
        Node pe1 = ems.discover().nodes().get(0);
        List<NodeEdgePoint> ports = pe1.ownedNodeEdgePoint();
        BridgeEntry bridge = new BridgeEntry("lan", pe1.uuid(), List.of(new BridgeEntry.Member(ports.get(0).uuid(),
                100), new BridgeEntry.Member(ports.get(2).uuid(), 7), new BridgeEntry.Member(ports.get(3).uuid(), 7)));
        ems.install(bridge);
        ems.install(bridge);
        assertEquals(List.of(bridge), ems.configuration(pe1.uuid()));
        DriverException taken = assertThrows(DriverException.class, () -> ems.install(new ForwardingEntry("line",
                pe1.uuid(), ports.get(1).uuid(), 5, ports.get(2).uuid(), 7)));
        assertTrue(taken.getMessage().contains("VLAN 7 is already used by service lan"), taken.getMessage());
        assertEquals(List.of(bridge), new EmulatedEms(settings, "1").configuration(pe1.uuid()),
                "kept across a restart");
        ems.remove(bridge);
        assertEquals(List.of(), ems.configuration(pe1.uuid()));
    }

    @Test
    void aTapiContextWithAProblemIsNotEmulated() throws Exception {
        Path context = Files.writeString(dir.resolve("context.json"), "{\"tapi-common:context\": {\"uuid\": \"c\", "
                + "\"tapi-topology:topology-context\": {\"topology\": [{\"uuid\": \"t\", \"node\": [{\"uuid\": "
                + "7}]}]}}}");
        NetworkLoadException error = assertThrows(NetworkLoadException.class,
                () -> new EmulatedEms(settings("emulator", "context.json"), "1"));
        assertTrue(error.getMessage().contains("/tapi-common:context/tapi-topology:topology-context/topology/0/node/0"
                + "/uuid"), error.getMessage());
    }

    @Test
    void injectsTheFaultsItIsConfiguredWith() throws Exception {
        EmulatedEms ems = new EmulatedEms(new EmulatorSettings("emulator", "demo", dir, 2, 1000, 40_000, dir,
                "fail@2, silent@3,hang@4:50"), "1");
        Node pe1 = ems.discover().nodes().get(0);
        List<NodeEdgePoint> ports = pe1.ownedNodeEdgePoint();
        ForwardingEntry first = new ForwardingEntry("svc", pe1.uuid(), ports.get(0).uuid(), 10, ports.get(2).uuid(),
                20);
        ForwardingEntry second = new ForwardingEntry("svc", pe1.uuid(), ports.get(1).uuid(), 11, ports.get(2).uuid(),
                21);
        ems.install(first);
        DriverException failed = assertThrows(DriverException.class, () -> ems.install(second));
        assertTrue(failed.getMessage().contains("injected fault"), failed.getMessage());
        assertEquals(List.of(first), ems.configuration(pe1.uuid()), "the failed operation changed nothing");
        ems.install(second);
        assertEquals(List.of(first), ems.configuration(pe1.uuid()), "the silent one reported success only");
        ems.install(second);
        assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(ems.configuration(pe1.uuid())),
                "the slow one applied it");
        ems.injectFaults(FaultPlan.parse("fail@1"));
        assertThrows(DriverException.class, () -> ems.remove(first));
        ems.remove(first);
        assertEquals(List.of(second), ems.configuration(pe1.uuid()));
    }

    @Test
    void anInstallReturnsTheUndoRecordThatTakesItBackAndABusyDeviceAsksForARetry() throws Exception {
        EmulatedEms ems = new EmulatedEms(settings("emulator", "demo"), "1");
        Node pe1 = ems.discover().nodes().get(0);
        List<NodeEdgePoint> ports = pe1.ownedNodeEdgePoint();
        ForwardingEntry entry = new ForwardingEntry("s", pe1.uuid(), ports.get(0).uuid(), 5, ports.get(2).uuid(), 7);
        BridgeEntry bridge = new BridgeEntry("lan", pe1.uuid(), List.of(new BridgeEntry.Member(ports.get(1).uuid(),
                8, BridgeEntry.Role.LEAF, 0), new BridgeEntry.Member(ports.get(3).uuid(), 9, BridgeEntry.Role.TRUNK,
                10)));
        UndoRecord undoEntry = ems.install(entry);
        UndoRecord undoBridge = ems.install(bridge);
        assertEquals(pe1.uuid(), undoEntry.nodeId());
        assertEquals("emulator", undoEntry.driverId());
        assertTrue(ems.install(entry).isNothing(), "the node holds it already: nothing to undo");
        ems.undo(undoBridge);
        ems.undo(undoEntry);
        ems.undo(undoEntry);
        assertEquals(List.of(), ems.configuration(pe1.uuid()));
        assertEquals(List.of(), ems.configuration(pe1.uuid()));
        DriverException foreign = assertThrows(DriverException.class, () -> ems.undo(new UndoRecord(pe1.uuid(),
                "emulator", "<rpc/>")));
        assertTrue(foreign.getMessage().contains("not an undo record of this emulator"), foreign.getMessage());

        ems.injectFaults(FaultPlan.parse("busy@1"));
        DriverException busy = assertThrows(DriverException.class, () -> ems.install(entry));
        assertTrue(busy.retryable(), busy.getMessage());
        assertEquals(List.of(), ems.configuration(pe1.uuid()), "a busy device did nothing");
        assertTrue(!ems.install(entry).isNothing());
        ems.injectFaults(FaultPlan.parse("fail@1"));
        assertTrue(!assertThrows(DriverException.class, () -> ems.remove(entry)).retryable());
    }

    @Test
    void refusesFaultRulesItCannotRead() {
        for (String bad : List.of("fail", "fail@0", "boom@1", "hang@2", "silent@2:10", "fail@x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmulatorSettings(
                    "emulator", "demo", dir, 2, 1000, 40_000, dir, bad));
            assertTrue(e.getMessage().contains("is not fail@N, hang@N:MILLIS, silent@N or busy@N"), bad + ": "
                    + e.getMessage());
        }
    }

    @Test
    void uuidsAndEntriesSurviveARestart() throws Exception {
        EmulatedEms first = new EmulatedEms(settings("emulator", "demo"), "1");
        Node pe1 = first.discover().nodes().get(0);
        List<NodeEdgePoint> ports = pe1.ownedNodeEdgePoint();
        ForwardingEntry entry = new ForwardingEntry("svc", pe1.uuid(), ports.get(0).uuid(), 10, ports.get(2).uuid(),
                20);
        first.install(entry);

        EmulatedEms second = new EmulatedEms(settings("emulator", "demo"), "1");
        assertEquals(first.discover(), second.discover());
        assertEquals(List.of(entry), second.configuration(pe1.uuid()));
        // a change goes to the journal; the state file is written whole once the journal is long
        assertTrue(Files.exists(dir.resolve("state/emulator.json.journal")));

        EmulatedEms otherDriver = new EmulatedEms(settings("other", "demo"), "1");
        assertFalse(otherDriver.discover().nodes().get(0).uuid().equals(pe1.uuid()));
    }

    @Test
    void aBadNetworkFileStopsTheEmsWithTheFileAndTheProblem() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ nope");
        NetworkLoadException error = assertThrows(NetworkLoadException.class,
                () -> new EmulatedEms(settings("emulator", "broken.json"), "1"));
        assertTrue(error.getMessage().startsWith("network file " + broken + ": is not valid JSON"), error.getMessage());

        NetworkLoadException missing = assertThrows(NetworkLoadException.class,
                () -> new EmulatedEms(settings("emulator", "missing.graphml"), "1"));
        assertEquals("network file " + dir.resolve("missing.graphml") + ": does not exist", missing.getMessage());
    }

    @Test
    void aDamagedSavedConfigurationStopsTheEms() throws Exception {
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state/emulator.json"), "garbage");
        IOException error = assertThrows(IOException.class, () -> new EmulatedEms(settings("emulator", "demo"), "1"));
        assertTrue(error.getMessage().contains("is damaged"), error.getMessage());
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> settings("../escape", "demo"));
        assertThrows(IllegalArgumentException.class, () -> settings("", "demo"));
        assertThrows(IllegalArgumentException.class,
                () -> new EmulatorSettings("e", "demo", dir, -1, 1, 1, dir));
        assertThrows(IllegalArgumentException.class,
                () -> new EmulatorSettings("e", "demo", dir, 2, 0, 1, dir));
        assertThrows(IllegalArgumentException.class,
                () -> new EmulatorSettings("e", "demo", dir, 2, 1, 0, dir));
        assertEquals(dir.resolve("e.json"), new EmulatorSettings("e", "demo", dir, 0, 1, 1, dir).stateFile());
    }

    private EmulatorSettings settings(String driverId, String network) {
        return new EmulatorSettings(driverId, network, dir, 2, 10_000, 100_000, dir.resolve("state"));
    }
}
