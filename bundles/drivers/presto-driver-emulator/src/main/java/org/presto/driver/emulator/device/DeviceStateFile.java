package org.presto.driver.emulator.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.presto.driver.emulator.device.SavedPolicies.SavedPolicy;
import org.presto.spi.BridgeEntry;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.MediaChannelEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated devices' saved configuration: all forwarding entries, as JSON in one file, and the changes made since
 * it was last written whole in a journal beside it ({@link StateJournal}). A whole save replaces the file atomically
 * (temporary file in the same directory, flushed to disk, then renamed over the old one), so after a crash the file
 * holds either the old or the new configuration, never a torn mix; then the journal is emptied.
 *
 * <p>The file has its own member names rather than a serialized {@link ForwardingEntry}, so that the SPI type can
 * evolve without making saved configurations unreadable.
 */
public final class DeviceStateFile {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceStateFile.class);
    /**
     * Format 2 added media channels, 3 bridges, 4 member roles, 6 policies, 7 classes of frames by PCP and source MAC
     * limits; older files
     * are read as having none.
     */
    private static final int FORMAT = 9;

    /** What the devices hold. */
    public record Configuration(List<ForwardingEntry> entries, List<MediaChannelEntry> mediaChannels,
                                List<BridgeEntry> bridges) {
        public static final Configuration EMPTY = new Configuration(List.of(), List.of(), List.of());

        public Configuration {
            entries = List.copyOf(entries);
            mediaChannels = List.copyOf(mediaChannels);
            bridges = List.copyOf(bridges);
        }

        /** Forwarding entries and media channels, no bridges. */
        public Configuration(List<ForwardingEntry> entries, List<MediaChannelEntry> mediaChannels) {
            this(entries, mediaChannels, List.of());
        }
    }

    record SavedState(@JsonProperty("format") int format, @JsonProperty("entries") List<SavedEntry> entries,
                      @JsonProperty("media-channels") List<SavedChannel> mediaChannels,
                      @JsonProperty("bridges") List<SavedBridge> bridges) {
        SavedState {
            entries = entries == null ? List.of() : List.copyOf(entries);
            mediaChannels = mediaChannels == null ? List.of() : List.copyOf(mediaChannels);
            bridges = bridges == null ? List.of() : List.copyOf(bridges);
        }
    }

    /** Role and leaf VLAN were added in format 4; a member without them is a root. */
    record SavedMember(@JsonProperty("port") String port, @JsonProperty("vlan") int vlan,
                       @JsonProperty("role") BridgeEntry.Role role, @JsonProperty("leaf-vlan") int leafVlan) {
        static SavedMember of(BridgeEntry.Member member) {
            return new SavedMember(member.port(), member.vlan(), member.role(), member.leafVlan());
        }

        BridgeEntry.Member toMember() {
            return new BridgeEntry.Member(port, vlan, role == null ? BridgeEntry.Role.ROOT : role, leafVlan);
        }
    }

    record SavedBridge(
            @JsonProperty("service-id") String serviceId,
            @JsonProperty("node-id") String nodeId,
            @JsonProperty("members") List<SavedMember> members,
            @JsonProperty("policies") Map<String, SavedPolicy> policies) {

        static SavedBridge of(BridgeEntry bridge) {
            return new SavedBridge(bridge.serviceId(), bridge.nodeId(), bridge.members().stream()
                    .map(SavedMember::of).toList(), SavedPolicy.of(bridge.policies()));
        }

        BridgeEntry toBridge() {
            return new BridgeEntry(serviceId, nodeId, members.stream()
                    .map(SavedMember::toMember).toList(), SavedPolicy.toPolicies(policies));
        }
    }

    record SavedChannel(
            @JsonProperty("service-id") String serviceId,
            @JsonProperty("node-id") String nodeId,
            @JsonProperty("port-a") String portA,
            @JsonProperty("port-b") String portB,
            @JsonProperty("lower-frequency-mhz") long lowerFrequencyMhz,
            @JsonProperty("upper-frequency-mhz") long upperFrequencyMhz) {

        static SavedChannel of(MediaChannelEntry channel) {
            return new SavedChannel(channel.serviceId(), channel.nodeId(), channel.portA(), channel.portB(),
                    channel.lowerFrequencyMhz(), channel.upperFrequencyMhz());
        }

        MediaChannelEntry toChannel() {
            return new MediaChannelEntry(serviceId, nodeId, portA, portB, lowerFrequencyMhz, upperFrequencyMhz);
        }
    }

    record SavedEntry(
            @JsonProperty("service-id") String serviceId,
            @JsonProperty("node-id") String nodeId,
            @JsonProperty("port-a") String portA,
            @JsonProperty("vlan-a") int vlanA,
            @JsonProperty("port-b") String portB,
            @JsonProperty("vlan-b") int vlanB,
            @JsonProperty("policies") Map<String, SavedPolicy> policies) {

        static SavedEntry of(ForwardingEntry entry) {
            return new SavedEntry(entry.serviceId(), entry.nodeId(), entry.portA(), entry.vlanA(), entry.portB(),
                    entry.vlanB(), SavedPolicy.of(entry.policies()));
        }

        ForwardingEntry toEntry() {
            return new ForwardingEntry(serviceId, nodeId, portA, vlanA, portB, vlanB,
                    SavedPolicy.toPolicies(policies));
        }
    }

    private final Path file;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final StateJournal journal;

    public DeviceStateFile(Path file) {
        this.file = file.toAbsolutePath();
        this.journal = new StateJournal(this.file, mapper);
    }

    public Path file() {
        return file;
    }

    /** The saved configuration; empty when nothing was saved yet. A damaged file is an error, not an empty device. */
    /** What the devices hold: the state file as last written whole, with the journal's changes since made to it. */
    public Configuration load() throws IOException {
        return journal.replay(loadWhole());
    }

    /** Appends changes to the journal and flushes them to disk: what a change costs between two whole writes. */
    void append(List<StateJournal.Change> changes) throws IOException {
        journal.append(changes);
    }

    private Configuration loadWhole() throws IOException {
        SavedState state;
        try {
            JsonNode tree = mapper.readTree(Files.readAllBytes(file));
            int format = tree.path("format").asInt(-1);
            if (format < 1 || format > FORMAT) {
                throw new IOException("device state file " + file + " has format " + tree.path("format")
                        + "; this driver reads 1 to " + FORMAT);
            }
            if (format < 2 && tree instanceof ObjectNode object) {
                object.putArray("media-channels");
            }
            if (format < 3 && tree instanceof ObjectNode object) {
                object.putArray("bridges");
            }
            if (format < 4) {
                // members before E-Tree were all roots
                tree.path("bridges").forEach(bridge -> bridge.path("members").forEach(member -> {
                    if (member instanceof ObjectNode object) {
                        object.put("role", BridgeEntry.Role.ROOT.name());
                        object.put("leaf-vlan", 0);
                    }
                }));
            }
            if (format < 6) {
                // nothing was policed before format 5; format 5's rate per entry (cir-kbps) did not say at which
                // ports, so it is not carried over: those entries police nothing until Presto installs them again
                tree.path("entries").forEach(entry -> ((ObjectNode) entry).putObject("policies"));
                tree.path("bridges").forEach(bridge -> ((ObjectNode) bridge).putObject("policies"));
                tree.path("entries").forEach(entry -> ((ObjectNode) entry).remove("cir-kbps"));
                tree.path("bridges").forEach(bridge -> ((ObjectNode) bridge).remove("cir-kbps"));
            }
            if (format < 7) {
                // classes and source MAC limits came with format 7: a policy before had none
                List.of(tree.path("entries"), tree.path("bridges")).forEach(list -> list.forEach(entry -> entry
                        .path("policies").forEach(policy -> {
                            ObjectNode object = (ObjectNode) policy;
                            object.putArray("ingress-classes");
                            object.putArray("egress-classes");
                            object.putObject("source-mac-limit").put("addresses", 0).put("aging-ms", 0);
                        })));
            }
            // egress marking came with format 8, classes by DSCP with 9
            List.of(tree.path("entries"), tree.path("bridges")).forEach(list -> list.forEach(entry -> entry
                    .path("policies").forEach(policy -> {
                        ObjectNode object = (ObjectNode) policy;
                        if (format < 8) {
                            object.putArray("egress-marking");
                        }
                        if (format < 9) {
                            object.putArray("ingress-dscp-classes");
                            object.putArray("egress-dscp-classes");
                        }
                    })));
            state = mapper.treeToValue(tree, SavedState.class);
        } catch (NoSuchFileException e) {
            return Configuration.EMPTY;
        } catch (JacksonException e) {
            throw new IOException("device state file " + file + " is damaged: " + e.getOriginalMessage(), e);
        }
        // the mapper has already refused missing or null members, so every entry is complete
        try {
            return new Configuration(state.entries().stream().map(SavedEntry::toEntry).toList(),
                    state.mediaChannels().stream().map(SavedChannel::toChannel).toList(),
                    state.bridges().stream().map(SavedBridge::toBridge).toList());
        } catch (IllegalArgumentException e) {
            throw new IOException("device state file " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    public void save(Collection<ForwardingEntry> entries, Collection<MediaChannelEntry> mediaChannels)
            throws IOException {
        save(new Configuration(List.copyOf(entries), List.copyOf(mediaChannels)));
    }

    public void save(Configuration configuration) throws IOException {
        byte[] json = mapper.writeValueAsBytes(new SavedState(FORMAT, configuration.entries().stream()
                .map(SavedEntry::of).toList(), configuration.mediaChannels().stream().map(SavedChannel::of).toList(),
                configuration.bridges().stream().map(SavedBridge::of).toList()));
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // the file holds everything now: the journal's changes, replayed onto it, would change nothing
        journal.clear();
        syncDirectory(directory);
    }

    /**
     * Makes the rename itself durable. Once the rename has happened the new configuration is what every reader, and
     * the driver after a restart, sees; only a power cut could still lose it, and some platforms cannot open a
     * directory at all. So a failure here is logged rather than turned into a failed change that did happen.
     */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.warn("Could not flush directory {} to disk; the saved configuration survives restarts but maybe "
                    + "not a power cut: {}", directory, e.toString());
        }
    }
}
