package org.presto.driver.emulator;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the emulated Ethernet EMS (PID {@value EmulatorDriver#PID}). */
@ObjectClassDefinition(name = "Presto emulated Ethernet EMS",
        description = "An emulated vendor EMS managing Ethernet switches, for trying Presto without equipment")
public @interface EmulatorConfig {

    @AttributeDefinition(name = "Driver id",
            description = "Unique among Presto's drivers and stable: nodes are bound to it, uuids derive from it, "
                    + "and the saved device configuration is named after it. Letters, digits, '.', '_', '-'.")
    String driverId() default "emulator";

    @AttributeDefinition(name = "Network",
            description = "'demo' for the built-in six-node ring, or the path of a Topology Zoo .graphml file or a "
                    + "networkx node-link .json file; a relative path is taken from karaf.base")
    String network() default "demo";

    @AttributeDefinition(name = "Edge ports per node", description = "Customer ports (UNIs, each a SIP) per switch",
            min = "0", max = "1000")
    int edgePortsPerNode() default 2;

    @AttributeDefinition(name = "Edge port capacity (Mbit/s)", min = "1")
    long portCapacityMbps() default 10000;

    @AttributeDefinition(name = "Link capacity (Mbit/s)", description = "Capacity of each trunk port and link",
            min = "1")
    long linkCapacityMbps() default 100000;

    @AttributeDefinition(name = "State directory", required = false,
            description = "Where the device configuration is saved; empty for ${karaf.data}/presto/emulator")
    String stateDirectory() default "";

    @AttributeDefinition(name = "Faults", required = false,
            description = "Faults to inject for testing, counted over install and remove operations from when the "
                    + "configuration is applied: fail@N (the n-th fails), hang@N:MILLIS (answers that late), "
                    + "silent@N (reports success without applying), busy@N (refused as worth retrying), "
                    + "comma-separated; empty for none")
    String faults() default "";

    @AttributeDefinition(name = "Capabilities lacking", required = false,
            description = "Capabilities of the SPI this emulated EMS does not declare, comma-separated (e.g. "
                    + "TWO_RATE_POLICING, EGRESS_POLICING, BRIDGING), to see how Presto refuses services a network "
                    + "cannot carry; empty for an EMS that can do everything")
    String lacking() default "";
}
