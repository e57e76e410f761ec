package org.presto.driver.emulator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.spi.ForwardingEntry;

class DeviceStateFileTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedYetMeansNoEntries() throws Exception {
        assertEquals(List.of(), new DeviceStateFile(dir.resolve("none.json")).load());
    }

    @Test
    void savesAndLoadsEntriesWithItsOwnMemberNames() throws Exception {
        DeviceStateFile file = new DeviceStateFile(dir.resolve("sub/dir/emulator.json"));
        List<ForwardingEntry> entries = List.of(new ForwardingEntry("s1", "n1", "p1", 10, "p2", 20),
                new ForwardingEntry("s2", "n1", "p3", 11, "p2", 21));
        file.save(entries);
        assertEquals(entries, file.load());
        String json = Files.readString(file.file());
        assertTrue(json.contains("\"service-id\" : \"s1\"") && json.contains("\"format\" : 1"), json);
        file.save(List.of());
        assertEquals(List.of(), file.load());
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyDevice() throws Exception {
        Path path = dir.resolve("emulator.json");
        DeviceStateFile file = new DeviceStateFile(path);
        Files.writeString(path, "{\"format\": 1, \"entries\": [");
        assertDamaged(file, "is damaged");
        Files.writeString(path, "{\"format\": 1, \"entries\": [{\"service-id\": \"s\", \"node-id\": \"n\"}]}");
        assertDamaged(file, "is damaged");
        Files.writeString(path, "{\"format\": 2, \"entries\": []}");
        assertDamaged(file, "has format 2");
    }

    private static void assertDamaged(DeviceStateFile file, String problem) {
        IOException error = assertThrows(IOException.class, file::load);
        assertTrue(error.getMessage().startsWith("device state file " + file.file()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
