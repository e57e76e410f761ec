package org.presto.driver.emulator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

class DeviceStateFileTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedYetMeansNoEntries() throws Exception {
        assertEquals(DeviceStateFile.Configuration.EMPTY, new DeviceStateFile(dir.resolve("none.json")).load());
    }

    @Test
    void savesAndLoadsEntriesWithItsOwnMemberNames() throws Exception {
        DeviceStateFile file = new DeviceStateFile(dir.resolve("sub/dir/emulator.json"));
        List<ForwardingEntry> entries = List.of(new ForwardingEntry("s1", "n1", "p1", 10, "p2", 20),
                new ForwardingEntry("s2", "n1", "p3", 11, "p2", 21));
        List<MediaChannelEntry> channels = List.of(new MediaChannelEntry("s3", "r1", "add", "line", 191_325_000,
                191_375_000));
        file.save(entries, channels);
        assertEquals(new DeviceStateFile.Configuration(entries, channels), file.load());
        String json = Files.readString(file.file());
        assertTrue(json.contains("\"service-id\" : \"s1\"") && json.contains("\"format\" : 9")
                && json.contains("\"lower-frequency-mhz\" : 191325000"), json);
        file.save(List.of(), List.of());
        assertEquals(DeviceStateFile.Configuration.EMPTY, file.load());
    }

    @Test
    void readsTheFirstFormatWithoutMediaChannels() throws Exception {
        Path path = dir.resolve("emulator.json");
        Files.writeString(path, "{\"format\": 1, \"entries\": [{\"service-id\": \"s\", \"node-id\": \"n\", "
                + "\"port-a\": \"a\", \"vlan-a\": 1, \"port-b\": \"b\", \"vlan-b\": 2}]}");
        assertEquals(new DeviceStateFile.Configuration(List.of(new ForwardingEntry("s", "n", "a", 1, "b", 2)),
                List.of()), new DeviceStateFile(path).load());
    }

    @Test
    void keepsBridgeMemberRolesAndReadsFormatThreeMembersAsRoots() throws Exception {
        Path path = dir.resolve("emulator.json");
        BridgeEntry tree = new BridgeEntry("t", "n", List.of(new BridgeEntry.Member("root", 10),
                new BridgeEntry.Member("leaf", 11, BridgeEntry.Role.LEAF, 0),
                new BridgeEntry.Member("trunk", 2, BridgeEntry.Role.TRUNK, 3)));
        DeviceStateFile file = new DeviceStateFile(path);
        file.save(new DeviceStateFile.Configuration(List.of(), List.of(), List.of(tree)));
        assertEquals(List.of(tree), file.load().bridges());
        Files.writeString(path, "{\"format\": 3, \"entries\": [], \"media-channels\": [], \"bridges\": [{"
                + "\"service-id\": \"s\", \"node-id\": \"n\", \"members\": [{\"port\": \"a\", \"vlan\": 1}, "
                + "{\"port\": \"b\", \"vlan\": 2}]}]}");
        assertEquals(List.of(new BridgeEntry("s", "n", List.of(new BridgeEntry.Member("a", 1),
                new BridgeEntry.Member("b", 2)))), file.load().bridges());
    }

    @Test
    void keepsPoliciesPerPortAndReadsFormatFiveRatesAsNoPolicy() throws Exception {
        Path path = dir.resolve("emulator.json");
        BandwidthProfile twoRate = new BandwidthProfile(10_000_000, 20_000, 5_000_000, 30_000, false, false);
        ForwardingEntry policed = new ForwardingEntry("s", "n", "a", 1, "b", 2, Map.of("a",
                new UniPolicy(1600, twoRate, BandwidthProfile.committed(2_000_000)), "b", new UniPolicy(2000, null,
                null)));
        BridgeEntry bridge = new BridgeEntry("t", "n", List.of(new BridgeEntry.Member("a", 3),
                new BridgeEntry.Member("c", 4)), Map.of("c", UniPolicy.committed(1_000_000)));
        DeviceStateFile file = new DeviceStateFile(path);
        ForwardingEntry classified = new ForwardingEntry("s2", "n", "a", 5, "b", 6, Map.of("a", new UniPolicy(0, null,
                null, List.of(new PcpClass("H", Set.of(5, 6, 7), twoRate), new PcpClass("L", Set.of(0), null)),
                List.of(new PcpClass("all", Set.of(0, 1, 2, 3, 4, 5, 6, 7), BandwidthProfile.committed(1_000_000))),
                new SourceMacLimit(4, 300_000)).withEgressMarking(new org.presto.spi.EgressMarking(List.of(
                        new org.presto.spi.EgressMarking.Rewrite(new org.presto.spi.EgressMarking.Priority(5, 0),
                                new org.presto.spi.EgressMarking.Priority(3, 1)),
                        new org.presto.spi.EgressMarking.Rewrite(new org.presto.spi.EgressMarking.Priority(1, 1),
                                null))))));
        file.save(new DeviceStateFile.Configuration(List.of(policed, classified), List.of(), List.of(bridge)));
        assertEquals(new DeviceStateFile.Configuration(List.of(policed, classified), List.of(), List.of(bridge)),
                file.load());
        // format 6 had no classes and no source MAC limits
        Files.writeString(path, "{\"format\": 6, \"entries\": [{\"service-id\": \"s\", \"node-id\": \"n\", "
                + "\"port-a\": \"a\", \"vlan-a\": 1, \"port-b\": \"b\", \"vlan-b\": 2, \"policies\": {\"a\": "
                + "{\"max-frame-bytes\": 1600, \"ingress\": {\"cir\": 2000000, \"cbs\": 12176, \"eir\": 0, "
                + "\"ebs\": 0, \"colour-aware\": false, \"coupled\": false}, \"egress\": {\"cir\": 0, \"cbs\": 0, "
                + "\"eir\": 0, \"ebs\": 0, \"colour-aware\": false, \"coupled\": false}}}}], \"media-channels\": [], "
                + "\"bridges\": []}");
        assertEquals(List.of(new ForwardingEntry("s", "n", "a", 1, "b", 2, Map.of("a", new UniPolicy(1600,
                BandwidthProfile.committed(2_000_000), null)))), file.load().entries());
        // format 5 kept a rate per entry without saying at which port: not carried over
        Files.writeString(path, "{\"format\": 5, \"entries\": [{\"service-id\": \"s\", \"node-id\": \"n\", "
                + "\"port-a\": \"a\", \"vlan-a\": 1, \"port-b\": \"b\", \"vlan-b\": 2, \"cir-kbps\": 10000}], "
                + "\"media-channels\": [], \"bridges\": []}");
        assertEquals(List.of(new ForwardingEntry("s", "n", "a", 1, "b", 2)), file.load().entries());
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyDevice() throws Exception {
        Path path = dir.resolve("emulator.json");
        DeviceStateFile file = new DeviceStateFile(path);
        Files.writeString(path, "{\"format\": 1, \"entries\": [");
        assertDamaged(file, "is damaged");
        Files.writeString(path, "{\"format\": 1, \"entries\": [{\"service-id\": \"s\", \"node-id\": \"n\"}]}");
        assertDamaged(file, "is damaged");
        Files.writeString(path, "{\"format\": 10, \"entries\": []}");
        assertDamaged(file, "has format 10");
        Files.writeString(path, "{\"format\": 2, \"entries\": [], \"media-channels\": [{\"service-id\": \"s\", "
                + "\"node-id\": \"n\", \"port-a\": \"a\", \"port-b\": \"b\", \"lower-frequency-mhz\": 5, "
                + "\"upper-frequency-mhz\": 4}]}");
        assertDamaged(file, "is damaged");
    }

    private static void assertDamaged(DeviceStateFile file, String problem) {
        IOException error = assertThrows(IOException.class, file::load);
        assertTrue(error.getMessage().startsWith("device state file " + file.file()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
