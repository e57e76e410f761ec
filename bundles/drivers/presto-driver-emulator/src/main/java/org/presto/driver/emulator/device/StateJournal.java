package org.presto.driver.emulator.device;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.presto.driver.emulator.device.DeviceStateFile.Configuration;
import org.presto.spi.BridgeEntry;
import org.presto.spi.DeviceChange;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes made since the state file was last written whole: one JSON line per change, appended and flushed to
 * disk, so that a change costs what it is, not what the whole configuration is. Loading replays the lines onto the
 * state file in order; each line adds or removes one whole item, so replaying lines the state file already holds
 * changes nothing, and the state file can be written whole (and the journal emptied) at any time. A last line cut
 * short by a crash was never acknowledged: it is cut off.
 */
final class StateJournal {
    private static final Logger LOG = LoggerFactory.getLogger(StateJournal.class);

    /** One change: an item added or removed. */
    record Change(boolean add, DeviceChange item) {
    }

    private final Path file;
    private final ObjectMapper mapper;

    /** @param mapper the state file's mapper: items are checked on reading as the state file's are */
    StateJournal(Path stateFile, ObjectMapper mapper) {
        this.file = stateFile.resolveSibling(stateFile.getFileName() + ".journal");
        this.mapper = mapper;
    }

    Path file() {
        return file;
    }

    /** Appends the changes and flushes them to disk. */
    void append(List<Change> changes) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Change change : changes) {
            lines.write(line(change));
            lines.write('\n');
        }
        boolean created = !Files.exists(file);
        if (created) {
            Files.createDirectories(file.getParent());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
        if (created) {
            // the new file's name, too, must survive a power cut
            DeviceStateFile.syncDirectory(file.getParent());
        }
    }

    private byte[] line(Change change) throws IOException {
        var node = mapper.createObjectNode().put("add", change.add());
        if (change.item() instanceof ForwardingEntry entry) {
            node.set("entry", mapper.valueToTree(DeviceStateFile.SavedEntry.of(entry)));
        } else if (change.item() instanceof MediaChannelEntry channel) {
            node.set("media-channel", mapper.valueToTree(DeviceStateFile.SavedChannel.of(channel)));
        } else if (change.item() instanceof BridgeEntry bridge) {
            node.set("bridge", mapper.valueToTree(DeviceStateFile.SavedBridge.of(bridge)));
        } else {
            throw new IOException("the emulator keeps no " + change.item().getClass().getSimpleName());
        }
        // one line, whatever the mapper's indenting
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The configuration with the journal's changes made to it, in order. */
    Configuration replay(Configuration saved) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return saved;
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            // a line without its end was being appended when the process died: never acknowledged, and cut off, so
            // that the next line appended does not run on from it
            LOG.warn("Dropping the last {} bytes of {}: a change cut short", bytes.length - end, file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(false);
            }
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n");
        Set<ForwardingEntry> entries = new LinkedHashSet<>(saved.entries());
        Set<MediaChannelEntry> channels = new LinkedHashSet<>(saved.mediaChannels());
        Set<BridgeEntry> bridges = new LinkedHashSet<>(saved.bridges());
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            Change change;
            try {
                change = change(lines[i]);
            } catch (JacksonException | IllegalArgumentException e) {
                throw new IOException("device state journal " + file + " is damaged at line " + (i + 1) + ": "
                        + e.getMessage(), e);
            }
            if (change.item() instanceof ForwardingEntry entry) {
                apply(entries, entry, change.add());
            } else if (change.item() instanceof MediaChannelEntry channel) {
                apply(channels, channel, change.add());
            } else {
                apply(bridges, (BridgeEntry) change.item(), change.add());
            }
        }
        return new Configuration(new ArrayList<>(entries), new ArrayList<>(channels), new ArrayList<>(bridges));
    }

    private static <T> void apply(Set<T> items, T item, boolean add) {
        if (add) {
            items.add(item);
        } else {
            items.remove(item);
        }
    }

    private Change change(String line) throws JacksonException {
        JsonNode node = mapper.readTree(line);
        JsonNode add = node.get("add");
        if (add == null || !add.isBoolean()) {
            throw new IllegalArgumentException("no add member");
        }
        if (node.has("entry")) {
            return new Change(add.asBoolean(), mapper.treeToValue(node.get("entry"), DeviceStateFile.SavedEntry.class)
                    .toEntry());
        } else if (node.has("media-channel")) {
            return new Change(add.asBoolean(), mapper.treeToValue(node.get("media-channel"),
                    DeviceStateFile.SavedChannel.class).toChannel());
        } else if (node.has("bridge")) {
            return new Change(add.asBoolean(), mapper.treeToValue(node.get("bridge"),
                    DeviceStateFile.SavedBridge.class).toBridge());
        }
        throw new IllegalArgumentException("no entry, media-channel or bridge");
    }

    /** Empties the journal, once the state file holds what it held. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
