package org.presto.driver.emulator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.presto.spi.Capability;

/**
 * The emulator's configuration, checked and with every path resolved, independent of OSGi.
 *
 * @param driverId the driver's id; also names the state file, hence the restricted characters
 * @param network {@code demo} or the path of a .graphml or .json file
 * @param baseDirectory what a relative network path is resolved against
 * @param edgePortsPerNode customer ports (each with a SIP) per switch
 * @param portCapacityMbps capacity of each customer port
 * @param linkCapacityMbps capacity of each trunk port and link
 * @param stateDirectory where the device configuration is saved
 * @param faults faults to inject, as {@link org.presto.driver.emulator.device.FaultPlan} reads them; blank for none
 * @param lacking the capabilities this emulated EMS does not declare (it has all others), to see how Presto refuses
 *                what a network cannot do
 */
public record EmulatorSettings(String driverId, String network, Path baseDirectory, int edgePortsPerNode,
        long portCapacityMbps, long linkCapacityMbps, Path stateDirectory, String faults, Set<Capability> lacking) {

    private static final Pattern DRIVER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final int MAX_EDGE_PORTS_PER_NODE = 1000;

    public EmulatorSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        if (driverId == null || !DRIVER_ID.matcher(driverId).matches()) {
            throw new IllegalArgumentException("driverId '" + driverId
                    + "' is not valid: use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        if (edgePortsPerNode < 0 || edgePortsPerNode > MAX_EDGE_PORTS_PER_NODE) {
            throw new IllegalArgumentException(
                    "edgePortsPerNode " + edgePortsPerNode + " is not between 0 and " + MAX_EDGE_PORTS_PER_NODE);
        }
        if (portCapacityMbps <= 0) {
            throw new IllegalArgumentException("portCapacityMbps " + portCapacityMbps + " must be positive");
        }
        if (linkCapacityMbps <= 0) {
            throw new IllegalArgumentException("linkCapacityMbps " + linkCapacityMbps + " must be positive");
        }
        faults = faults == null ? "" : faults.strip();
        org.presto.driver.emulator.device.FaultPlan.parse(faults);
        lacking = lacking == null || lacking.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lacking));
    }

    /** Settings of an EMS that can do everything. */
    public EmulatorSettings(String driverId, String network, Path baseDirectory, int edgePortsPerNode,
                            long portCapacityMbps, long linkCapacityMbps, Path stateDirectory, String faults) {
        this(driverId, network, baseDirectory, edgePortsPerNode, portCapacityMbps, linkCapacityMbps, stateDirectory,
                faults, Set.of());
    }

    /** Capability names as configured (comma-separated, any case); unknown names are refused with the known ones. */
    public static Set<Capability> capabilities(String names) {
        Set<Capability> parsed = EnumSet.noneOf(Capability.class);
        for (String name : names == null ? new String[0] : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                parsed.add(Capability.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name.strip() + "' is not a capability; they are "
                        + Arrays.toString(Capability.values()), e);
            }
        }
        return parsed;
    }

    /** What the EMS declares: every capability but those it lacks. */
    public Set<Capability> capabilities() {
        Set<Capability> all = EnumSet.allOf(Capability.class);
        all.removeAll(lacking);
        return Set.copyOf(all);
    }

    /** Settings without faults. */
    public EmulatorSettings(String driverId, String network, Path baseDirectory, int edgePortsPerNode,
                            long portCapacityMbps, long linkCapacityMbps, Path stateDirectory) {
        this(driverId, network, baseDirectory, edgePortsPerNode, portCapacityMbps, linkCapacityMbps, stateDirectory,
                null);
    }

    /** Where the device configuration of this driver instance is saved. */
    public Path stateFile() {
        return stateDirectory.resolve(driverId + ".json");
    }
}
