package org.presto.driver.linux;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The Linux data plane driver (PID {@value LinuxDriverComponent#PID}). */
@ObjectClassDefinition(name = "Presto Linux data plane driver",
        description = "Switches made of network namespaces: a Linux bridge each, service forwarding by nftables")
public @interface LinuxDriverConfig {

    @AttributeDefinition(name = "Driver id", description = "Unique among Presto's drivers and stable: nodes are "
            + "bound to it and uuids derive from it")
    String driverId() default "linux";

    @AttributeDefinition(name = "Switches", description = "The network namespaces that are switches, each "
            + "becoming a node named after it; comma-separated")
    String switches();

    @AttributeDefinition(name = "Bridge", description = "The Linux bridge joining each switch's ports")
    String bridge() default "br0";

    @AttributeDefinition(name = "Timeout (ms)", description = "How long one ip or nft command may take", min = "100")
    long timeoutMillis() default 10_000;
}
