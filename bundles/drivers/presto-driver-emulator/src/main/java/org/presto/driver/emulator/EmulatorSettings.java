package org.presto.driver.emulator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

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
 */
public record EmulatorSettings(String driverId, String network, Path baseDirectory, int edgePortsPerNode,
        long portCapacityMbps, long linkCapacityMbps, Path stateDirectory, String faults) {

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
